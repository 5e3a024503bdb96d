<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckpointListWidget</name>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="21"/>
        <source>TorchScript checkpoints (.pt) to evaluate. Drop files onto the window to add them.</source>
        <translation>Zu evaluierende TorchScript-Checkpoints (.pt). Dateien auf das Fenster ziehen, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="27"/>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="28"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="30"/>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="91"/>
        <source>Add model checkpoints</source>
        <translation>Modell-Checkpoints hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="92"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript-Checkpoints (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="115"/>
        <source>No recent checkpoints</source>
        <translation>Keine zuletzt verwendeten Checkpoints</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="118"/>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>DatasetInspection</name>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="14"/>
        <source>The engine&apos;s description of the dataset is incomplete.</source>
        <translation>Die Beschreibung des Datensatzes durch die Engine ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="35"/>
        <source>Format: %1
Samples: %2
Classes: %3</source>
        <translation>Format: %1
Beispiele: %2
Klassen: %3</translation>
    </message>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="38"/>
        <source>Input shape: %1</source>
        <translation>Eingabeform: %1</translation>
    </message>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="43"/>
        <source>Class names: %1</source>
        <translation>Klassennamen: %1</translation>
    </message>
</context>
<context>
    <name>EngineQuery</name>
    <message>
        <location filename="../gui/enginequery.cpp" line="68"/>
        <source>disteval-engine stopped unexpectedly.</source>
        <translation>disteval-engine wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location filename="../gui/enginequery.cpp" line="70"/>
        <source>disteval-engine gave an answer this app does not understand.</source>
        <translation>disteval-engine hat eine Antwort gegeben, die diese App nicht versteht.</translation>
    </message>
    <message>
        <location filename="../gui/enginequery.cpp" line="83"/>
        <source>disteval-engine could not be started (%1): %2</source>
        <translation>disteval-engine konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../gui/enginequery.cpp" line="91"/>
        <source>disteval-engine did not answer in time.</source>
        <translation>disteval-engine hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../gui/errortext.cpp" line="8"/>
        <location filename="../gui/errortext.cpp" line="32"/>
        <source>The engine did not accept its command line.</source>
        <translation>Die Engine hat ihre Befehlszeile nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="10"/>
        <location filename="../gui/errortext.cpp" line="34"/>
        <source>The dataset cannot be read.</source>
        <translation>Der Datensatz kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="12"/>
        <location filename="../gui/errortext.cpp" line="36"/>
        <source>A model checkpoint cannot be loaded.</source>
        <translation>Ein Modell-Checkpoint kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="14"/>
        <source>The model&apos;s number of outputs does not match the dataset&apos;s classes.</source>
        <translation>Die Anzahl der Modellausgaben passt nicht zu den Klassen des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="16"/>
        <location filename="../gui/errortext.cpp" line="38"/>
        <source>The result file cannot be written.</source>
        <translation>Die Ergebnisdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="18"/>
        <location filename="../gui/errortext.cpp" line="40"/>
        <source>The requested device is not available.</source>
        <translation>Das gewünschte Gerät ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="20"/>
        <location filename="../gui/errortext.cpp" line="42"/>
        <source>One of the ranks failed.</source>
        <translation>Einer der Ränge ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="22"/>
        <source>The engine hit an internal error.</source>
        <translation>In der Engine ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="23"/>
        <source>The engine reported an error (%1).</source>
        <translation>Die Engine hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="30"/>
        <source>The engine finished successfully.</source>
        <translation>Die Engine wurde erfolgreich beendet.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="44"/>
        <source>The job ended with exit code %1.</source>
        <translation>Der Auftrag endete mit dem Exit-Code %1.</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="51"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="53"/>
        <source>Evaluating</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="55"/>
        <source>Combining the ranks&apos; statistics</source>
        <translation>Statistiken der Ränge zusammenführen</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="57"/>
        <source>Writing the result</source>
        <translation>Ergebnis schreiben</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <location filename="../gui/jobcommand.cpp" line="17"/>
        <source>The extra mpirun arguments cannot be parsed.</source>
        <translation>Die zusätzlichen mpirun-Argumente können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gui/jobcommand.cpp" line="23"/>
        <source>The extra mpirun arguments contain an unbalanced quote.</source>
        <translation>Die zusätzlichen mpirun-Argumente enthalten ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../gui/languagemanager.cpp" line="9"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="54"/>
        <source>disteval</source>
        <translation>disteval</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="74"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="75"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="92"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="104"/>
        <source>&amp;Add Checkpoints...</source>
        <translation>Checkpoints &amp;hinzufügen...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="108"/>
        <source>Add model checkpoints</source>
        <translation>Modell-Checkpoints hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="109"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript-Checkpoints (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="113"/>
        <source>Open &amp;Result...</source>
        <translation>&amp;Ergebnis öffnen...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="116"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="120"/>
        <location filename="../gui/mainwindow.cpp" line="156"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="124"/>
        <location filename="../gui/mainwindow.cpp" line="318"/>
        <source>Start the evaluation</source>
        <translation>Die Evaluierung starten</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="126"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="130"/>
        <source>Copy &amp;Command</source>
        <translation>&amp;Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="131"/>
        <source>Copy the equivalent mpirun command line</source>
        <translation>Die entsprechende mpirun-Befehlszeile kopieren</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="133"/>
        <source>&amp;About disteval</source>
        <translation>Über &amp;disteval</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="136"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="151"/>
        <source>Recent Results</source>
        <translation>Zuletzt geöffnete Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="161"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="162"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="174"/>
        <source>The language changes when disteval is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von disteval.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="225"/>
        <source>The run finished.</source>
        <translation>Der Lauf ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="248"/>
        <location filename="../gui/mainwindow.cpp" line="251"/>
        <source>Open result file</source>
        <translation>Ergebnisdatei öffnen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="249"/>
        <source>Result files (*.json);;All files (*)</source>
        <translation>Ergebnisdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="263"/>
        <source>No recent results</source>
        <translation>Keine zuletzt geöffneten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="309"/>
        <source>Command copied: %1</source>
        <translation>Befehl kopiert: %1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="319"/>
        <source>Choose at least one checkpoint and a dataset first</source>
        <translation>Zuerst mindestens einen Checkpoint und einen Datensatz wählen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="325"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="329"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="332"/>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="335"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="338"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="341"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="349"/>
        <source>About disteval</source>
        <translation>Über disteval</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="350"/>
        <source>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;Exact distributed evaluation of PyTorch classifiers, with confidence intervals.&lt;/p&gt;&lt;p&gt;The app starts &lt;code&gt;disteval-engine&lt;/code&gt; under Open MPI and shows its progress and results.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;Exakte verteilte Evaluierung von PyTorch-Klassifikatoren, mit Konfidenzintervallen.&lt;/p&gt;&lt;p&gt;Die App startet &lt;code&gt;disteval-engine&lt;/code&gt; unter Open MPI und zeigt Fortschritt und Ergebnisse an.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="360"/>
        <source>Quit disteval</source>
        <translation>disteval beenden</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="360"/>
        <source>A run is in progress. Stop it and quit?</source>
        <translation>Ein Lauf ist im Gang. Abbrechen und beenden?</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <location filename="../gui/metricnames.cpp" line="6"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="8"/>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="10"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="12"/>
        <source>Cross-entropy loss</source>
        <translation>Kreuzentropie-Verlust</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="14"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="16"/>
        <source>Weighted F1</source>
        <translation>Gewichteter F1</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="18"/>
        <source>Macro precision</source>
        <translation>Makro-Präzision</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="20"/>
        <source>Macro recall</source>
        <translation>Makro-Recall</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="22"/>
        <source>Weighted precision</source>
        <translation>Gewichtete Präzision</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="24"/>
        <source>Weighted recall</source>
        <translation>Gewichteter Recall</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="26"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="28"/>
        <source>Matthews correlation</source>
        <translation>Matthews-Korrelation</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="30"/>
        <source>Expected calibration error</source>
        <translation>Erwarteter Kalibrierungsfehler</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="32"/>
        <source>Macro AUROC</source>
        <translation>Makro-AUROC</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="39"/>
        <source>Wilson</source>
        <translation>Wilson</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="41"/>
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="45"/>
        <source>DeLong</source>
        <translation>DeLong</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="47"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ResultSummaryView</name>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="39"/>
        <source>No result open. Run an evaluation, or open a result file.</source>
        <translation>Kein Ergebnis geöffnet. Eine Evaluierung starten oder eine Ergebnisdatei öffnen.</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="75"/>
        <source>The result file cannot be opened: %1</source>
        <translation>Die Ergebnisdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="85"/>
        <source>%1
Dataset: %2 (%3 samples, %4 classes) · %5 rank(s) · engine %6 · %7
Intervals: %8% confidence, %9 bootstrap replicates.</source>
        <translation>%1
Datensatz: %2 (%3 Beispiele, %4 Klassen) · %5 Rang/Ränge · Engine %6 · %7
Intervalle: %8 % Konfidenz, %9 Bootstrap-Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="109"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="112"/>
        <source>%1% interval</source>
        <translation>%1-%-Intervall</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="114"/>
        <source>Interval method</source>
        <translation>Intervallmethode</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../gui/runcontroller.cpp" line="119"/>
        <source>Choose at least one model checkpoint.</source>
        <translation>Mindestens einen Modell-Checkpoint wählen.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="124"/>
        <source>Choose a dataset.</source>
        <translation>Einen Datensatz wählen.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="133"/>
        <source>mpirun was not found. Install Open MPI, or set the path of mpirun under Advanced.</source>
        <translation>mpirun wurde nicht gefunden. Open MPI installieren oder den Pfad zu mpirun unter „Erweitert“ angeben.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="135"/>
        <source>mpirun was not found at %1. Install Open MPI, or correct the path of mpirun under Advanced.</source>
        <translation>mpirun wurde unter %1 nicht gefunden. Open MPI installieren oder den Pfad zu mpirun unter „Erweitert“ korrigieren.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="145"/>
        <source>disteval-engine was not found next to the app or on the PATH. Set its path under Advanced.</source>
        <translation>disteval-engine wurde weder neben der App noch im PATH gefunden. Den Pfad unter „Erweitert“ angeben.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="147"/>
        <source>disteval-engine was not found at %1. Correct its path under Advanced.</source>
        <translation>disteval-engine wurde unter %1 nicht gefunden. Den Pfad unter „Erweitert“ korrigieren.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="157"/>
        <source>The output folder %1 cannot be created.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="175"/>
        <source>The progress socket cannot be opened: %1</source>
        <translation>Der Fortschritts-Socket kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="219"/>
        <source>Cancelling the run...</source>
        <translation>Lauf wird abgebrochen...</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="331"/>
        <source>The job did not stop in time; stopping it forcibly.</source>
        <translation>Der Auftrag hat nicht rechtzeitig angehalten; er wird zwangsweise beendet.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="367"/>
        <source>A second connection to the progress socket was refused.</source>
        <translation>Eine zweite Verbindung zum Fortschritts-Socket wurde abgewiesen.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="414"/>
        <source>The progress connection sent an invalid first message; the run was stopped.</source>
        <translation>Die Fortschrittsverbindung hat eine ungültige erste Nachricht gesendet; der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="419"/>
        <source>Ignored a malformed progress message (%1): %2</source>
        <translation>Fehlerhafte Fortschrittsnachricht ignoriert (%1): %2</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="429"/>
        <source>The progress connection did not start with a hello message; the run was stopped.</source>
        <translation>Die Fortschrittsverbindung begann nicht mit einer Hello-Nachricht; der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="436"/>
        <source>The progress connection presented a wrong token, so it does not belong to this run; the run was stopped.</source>
        <translation>Die Fortschrittsverbindung hat ein falsches Token vorgelegt und gehört daher nicht zu diesem Lauf; der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="444"/>
        <source>The engine speaks progress protocol version %1, this app version %2. Install matching versions of disteval and disteval-engine.</source>
        <translation>Die Engine spricht Fortschrittsprotokoll-Version %1, diese App Version %2. Zueinander passende Versionen von disteval und disteval-engine installieren.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="453"/>
        <source>Ignored a repeated hello message.</source>
        <translation>Wiederholte Hello-Nachricht ignoriert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runcontroller.cpp" line="473"/>
        <source>disteval-engine %1: %n rank(s), %2 samples, %3 model(s).</source>
        <translation>
            <numerusform>disteval-engine %1: %n Rang, %2 Beispiele, %3 Modell(e).</numerusform>
            <numerusform>disteval-engine %1: %n Ränge, %2 Beispiele, %3 Modell(e).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="492"/>
        <source>Ignored progress for rank %1, which is not part of the run.</source>
        <translation>Fortschritt für Rang %1 ignoriert, der nicht zu diesem Lauf gehört.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="507"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="513"/>
        <source>Result written to %1</source>
        <translation>Ergebnis geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="522"/>
        <source>Rank %1: %2</source>
        <translation>Rang %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="523"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="567"/>
        <source>mpirun could not be started: %1</source>
        <translation>mpirun konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="655"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="664"/>
        <source>Last output of the job:</source>
        <translation>Letzte Ausgabe des Auftrags:</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="675"/>
        <source>The run finished.</source>
        <translation>Der Lauf ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="680"/>
        <source>The engine finished without reporting a result.</source>
        <translation>Die Engine wurde beendet, ohne ein Ergebnis zu melden.</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="687"/>
        <source>mpirun stopped unexpectedly (it crashed or was killed).</source>
        <translation>mpirun wurde unerwartet beendet (abgestürzt oder abgebrochen).</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="705"/>
        <source>Rank %1 crashed (%2).</source>
        <translation>Rang %1 ist abgestürzt (%2).</translation>
    </message>
</context>
<context>
    <name>RunSetupWidget</name>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="30"/>
        <source>Model checkpoints</source>
        <translation>Modell-Checkpoints</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="37"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="39"/>
        <source>File...</source>
        <translation>Datei...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="40"/>
        <source>Folder...</source>
        <translation>Ordner...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="41"/>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="43"/>
        <location filename="../gui/runsetupwidget.cpp" line="96"/>
        <location filename="../gui/runsetupwidget.cpp" line="113"/>
        <location filename="../gui/runsetupwidget.cpp" line="117"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="44"/>
        <source>Class &amp;names:</source>
        <translation>Klassen&amp;namen:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="46"/>
        <source>optional, one name per line</source>
        <translation>optional, ein Name pro Zeile</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="47"/>
        <location filename="../gui/runsetupwidget.cpp" line="287"/>
        <source>No dataset chosen.</source>
        <translation>Kein Datensatz gewählt.</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="59"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="64"/>
        <source>Number of MPI processes (mpirun -np).</source>
        <translation>Anzahl der MPI-Prozesse (mpirun -np).</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="70"/>
        <source>&amp;Ranks:</source>
        <translation>&amp;Ränge:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="75"/>
        <source>Automatic (GPU if available)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="76"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="77"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="78"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="82"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="87"/>
        <source>Bootstrap replicates for the intervals of F1 and the other metrics that are not simple proportions (0: none).</source>
        <translation>Bootstrap-Wiederholungen für die Intervalle von F1 und den anderen Metriken, die keine einfachen Anteile sind (0: keine).</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="89"/>
        <source>Boots&amp;trap replicates:</source>
        <translation>Boots&amp;trap-Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="95"/>
        <source>&amp;Confidence level:</source>
        <translation>&amp;Konfidenzniveau:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="97"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="105"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="114"/>
        <source>&amp;mpirun:</source>
        <translation>&amp;mpirun:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="116"/>
        <source>found on the PATH</source>
        <translation>wird im PATH gesucht</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="118"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="120"/>
        <source>next to the app, then on the PATH</source>
        <translation>neben der App, dann im PATH</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="123"/>
        <source>e.g. --hostfile hosts.txt</source>
        <translation>z. B. --hostfile hosts.txt</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="124"/>
        <source>Passed to mpirun before the engine. Use double quotes for arguments with spaces.</source>
        <translation>Werden vor der Engine an mpirun übergeben. Argumente mit Leerzeichen in doppelte Anführungszeichen setzen.</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="126"/>
        <source>E&amp;xtra mpirun arguments:</source>
        <translation>&amp;Zusätzliche mpirun-Argumente:</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="127"/>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="129"/>
        <source>Copies the equivalent mpirun command line, to run the same evaluation elsewhere (e.g. on a cluster) and open its result here later.</source>
        <translation>Kopiert die entsprechende mpirun-Befehlszeile, um dieselbe Evaluierung anderswo (z. B. auf einem Cluster) auszuführen und ihr Ergebnis später hier zu öffnen.</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="153"/>
        <source>engine not available</source>
        <translation>Engine nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="256"/>
        <source>engine not found</source>
        <translation>Engine nicht gefunden</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="259"/>
        <source>asking the engine...</source>
        <translation>Engine wird befragt...</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runsetupwidget.cpp" line="268"/>
        <source>%n GPU(s), %1 CPU cores</source>
        <translation>
            <numerusform>%n GPU, %1 CPU-Kerne</numerusform>
            <numerusform>%n GPUs, %1 CPU-Kerne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="269"/>
        <source>no GPU, %1 CPU cores</source>
        <translation>keine GPU, %1 CPU-Kerne</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="271"/>
        <source>disteval-engine %1</source>
        <translation>disteval-engine %1</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="292"/>
        <source>disteval-engine was not found, so the dataset cannot be checked. Set its path under Advanced.</source>
        <translation>disteval-engine wurde nicht gefunden, daher kann der Datensatz nicht geprüft werden. Den Pfad unter „Erweitert“ angeben.</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="300"/>
        <source>Checking the dataset...</source>
        <translation>Datensatz wird geprüft...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="321"/>
        <source>This is not a dataset the engine can read.</source>
        <translation>Dies ist kein Datensatz, den die Engine lesen kann.</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="328"/>
        <source>Choose a dataset file</source>
        <translation>Datensatzdatei wählen</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="336"/>
        <source>Choose a dataset folder</source>
        <translation>Datensatzordner wählen</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="344"/>
        <source>Choose a class-names file</source>
        <translation>Datei mit Klassennamen wählen</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="346"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="353"/>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="361"/>
        <source>Locate mpirun</source>
        <translation>mpirun suchen</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="369"/>
        <source>Locate disteval-engine</source>
        <translation>disteval-engine suchen</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../gui/runview.cpp" line="28"/>
        <source>No run yet. Set up a run on the left and press Run.</source>
        <translation>Noch kein Lauf. Links einen Lauf einrichten und „Starten“ drücken.</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="84"/>
        <source>The engine&apos;s output appears here.</source>
        <translation>Hier erscheint die Ausgabe der Engine.</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="149"/>
        <source>Starting mpirun...</source>
        <translation>mpirun wird gestartet...</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="153"/>
        <source>Waiting for the engine...</source>
        <translation>Warten auf die Engine...</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="156"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="159"/>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="163"/>
        <source>The run failed.</source>
        <translation>Der Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="166"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="190"/>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="216"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="218"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="220"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="227"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="246"/>
        <source>Throughput: %1 samples/s    Elapsed: %2    Remaining: %3</source>
        <translation>Durchsatz: %1 Beispiele/s    Vergangen: %2    Verbleibend: %3</translation>
    </message>
</context>
</TS>
