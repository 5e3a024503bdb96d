<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CalibrationPlot</name>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="17"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="27"/>
        <source>Confidence (largest softmax probability)</source>
        <translation>Konfidenz (größte Softmax-Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="29"/>
        <location filename="../gui/plots/calibrationplot.cpp" line="55"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="38"/>
        <source>Perfect calibration</source>
        <translation>Perfekte Kalibrierung</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="43"/>
        <source>Accuracy in bin</source>
        <translation>Genauigkeit im Intervall</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="48"/>
        <source>Mean confidence in bin</source>
        <translation>Mittlere Konfidenz im Intervall</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="92"/>
        <location filename="../gui/plots/calibrationplot.cpp" line="94"/>
        <source>Expected calibration error (ECE): %1</source>
        <translation>Erwarteter Kalibrierungsfehler (ECE): %1</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="96"/>
        <source>%1 · debiased: %2</source>
        <translation>%1 · entzerrt: %2</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../gui/results/calibrationview.cpp" line="30"/>
        <source>Elements (pixels, tokens) are grouped into 15 equal-width bins of their confidence. A well-calibrated model&apos;s bars reach the diagonal; bars below it mean over-confidence.</source>
        <translation>Die Elemente (Pixel, Token) werden nach ihrer Konfidenz in 15 gleich breite Intervalle eingeteilt. Bei einem gut kalibrierten Modell reichen die Balken bis zur Diagonale; Balken darunter bedeuten Überkonfidenz.</translation>
    </message>
    <message>
        <location filename="../gui/results/calibrationview.cpp" line="33"/>
        <source>Samples are grouped into 15 equal-width bins of their confidence. A well-calibrated model&apos;s bars reach the diagonal; bars below it mean over-confidence.</source>
        <translation>Die Beispiele werden nach ihrer Konfidenz in 15 gleich breite Intervalle eingeteilt. Bei einem gut kalibrierten Modell reichen die Balken bis zur Diagonale; Balken darunter bedeuten Überkonfidenz.</translation>
    </message>
    <message>
        <location filename="../gui/results/calibrationview.cpp" line="44"/>
        <source>ECE: %1</source>
        <translation>ECE: %1</translation>
    </message>
</context>
<context>
    <name>CheckpointCheck</name>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="35"/>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="38"/>
        <source>%1 is a folder, not a checkpoint file.</source>
        <translation>%1 ist ein Ordner, keine Checkpoint-Datei.</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="40"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="42"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="47"/>
        <source>%1 is not a TorchScript archive (save the model with torch.jit.save).</source>
        <translation>%1 ist kein TorchScript-Archiv (speichern Sie das Modell mit torch.jit.save).</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="37"/>
        <source>%1 is a folder, not a metric file.</source>
        <translation>%1 ist ein Ordner, keine Metrikdatei.</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="44"/>
        <source>%1 is not a TorchScript archive (save the metric with torch.jit.script(metric).save).</source>
        <translation>%1 ist kein TorchScript-Archiv (speichern Sie die Metrik mit torch.jit.script(metric).save).</translation>
    </message>
</context>
<context>
    <name>CheckpointListWidget</name>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="17"/>
        <source>TorchScript checkpoints (.pt) to evaluate. Drop files onto the window to add them.</source>
        <translation>Zu evaluierende TorchScript-Checkpoints (.pt). Dateien auf das Fenster ziehen, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="20"/>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="52"/>
        <source>Add model checkpoints</source>
        <translation>Modell-Checkpoints hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="53"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript-Checkpoints (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="75"/>
        <source>No recent checkpoints</source>
        <translation>Keine zuletzt verwendeten Checkpoints</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="78"/>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>CloseRunDialog</name>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="15"/>
        <source>&amp;Cancel the Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="19"/>
        <source>&amp;Keep the App Open</source>
        <translation>App &amp;geöffnet lassen</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="17"/>
        <source>&amp;Let It Finish in the Background</source>
        <translation>Im &amp;Hintergrund zu Ende laufen lassen</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="11"/>
        <source>A run is in progress.</source>
        <translation>Eine Auswertung läuft gerade.</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="10"/>
        <source>Quit disteval</source>
        <translation>disteval beenden</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="12"/>
        <source>You can stop it now, or let it finish in the background: its result is still written and appears in the History tab the next time disteval starts.</source>
        <translation>Sie können sie jetzt abbrechen oder im Hintergrund zu Ende laufen lassen: Ihr Ergebnis wird trotzdem geschrieben und erscheint beim nächsten Start von disteval im Reiter „Verlauf“.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../gui/app/commandline.cpp" line="22"/>
        <source>Evaluate PyTorch classifiers with disteval-engine.</source>
        <translation>PyTorch-Klassifikatoren mit disteval-engine auswerten.</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="27"/>
        <source>Export the result file given as the only argument to &lt;file&gt; and exit, without a window: .pdf (report), .csv (tables), .png or .svg (one plot).</source>
        <translation>Die als einziges Argument angegebene Ergebnisdatei nach &lt;file&gt; exportieren und ohne Fenster beenden: .pdf (Bericht), .csv (Tabellen), .png oder .svg (ein Diagramm).</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="32"/>
        <source>With --export to .png/.svg: confusion, per-class, calibration, roc, pr, confidence or top-k.</source>
        <translation>Mit --export nach .png/.svg: confusion, per-class, calibration, roc, pr, confidence oder top-k.</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="36"/>
        <source>With --export to .png: resolution (300).</source>
        <translation>Mit --export nach .png: Auflösung (300).</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="39"/>
        <source>With --export to .png/.svg: which model (1).</source>
        <translation>Mit --export nach .png/.svg: welches Modell (1).</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="43"/>
        <source>With --export to .pdf: add each model&apos;s most confident mistakes per class, with thumbnails of the samples (the engine renders them).</source>
        <translation>Mit --export nach .pdf: die sichersten Fehler jedes Modells je Klasse hinzufügen, mit Miniaturansichten der Beispiele (die Engine erzeugt sie).</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="47"/>
        <source>With --confident-mistakes: mistakes shown per class (6).</source>
        <translation>Mit --confident-mistakes: gezeigte Fehler je Klasse (6).</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="53"/>
        <source>Checkpoints (.pt), result files (.json) or a dataset to open.</source>
        <translation>Zu öffnende Checkpoints (.pt), Ergebnisdateien (.json) oder ein Datensatz.</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="64"/>
        <source>disteval: --export needs exactly one result file, e.g. disteval --export report.pdf result.json</source>
        <translation>disteval: --export braucht genau eine Ergebnisdatei, z. B. disteval --export report.pdf result.json</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="79"/>
        <source>disteval: --dpi needs a number from 36 to 2400 and --model a model number.</source>
        <translation>disteval: --dpi braucht eine Zahl von 36 bis 2400 und --model eine Modellnummer.</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="85"/>
        <source>disteval: --mistakes-per-class needs a number from 1 to %1.</source>
        <translation>disteval: --mistakes-per-class braucht eine Zahl von 1 bis %1.</translation>
    </message>
</context>
<context>
    <name>CompareCurvesView</name>
    <message>
        <location filename="../gui/compare/comparecurvesview.cpp" line="85"/>
        <source>A: %1 (solid lines). B: %2 (dashed lines). Each curve has one colour for both models.</source>
        <translation>A: %1 (durchgezogene Linien). B: %2 (gestrichelte Linien). Jede Kurve hat für beide Modelle dieselbe Farbe.</translation>
    </message>
    <message>
        <location filename="../gui/compare/comparecurvesview.cpp" line="88"/>
        <source>A: %1 (blue). B: %2 (orange).</source>
        <translation>A: %1 (blau). B: %2 (orange).</translation>
    </message>
    <message>
        <location filename="../gui/compare/comparecurvesview.cpp" line="90"/>
        <source>Solid: accuracy of what is kept; dashed: its share.</source>
        <translation>Durchgezogen: Genauigkeit des Behaltenen; gestrichelt: sein Anteil.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="137"/>
        <source>%1 (A) and %2 (B)</source>
        <translation>%1 (A) und %2 (B)</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="89"/>
        <source>%1 holds no comparison: a run compares checkpoints when it evaluates two or more of them together.</source>
        <translation>%1 enthält keinen Vergleich: Ein Lauf vergleicht Checkpoints, wenn er zwei oder mehr gemeinsam auswertet.</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/compare/compareview.cpp" line="159"/>
        <source>%n sample(s) without a prediction in one of the runs were left out.</source>
        <translation>
            <numerusform>%n Beispiel ohne Vorhersage in einem der Läufe wurde ausgelassen.</numerusform>
            <numerusform>%n Beispiele ohne Vorhersage in einem der Läufe wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="305"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="180"/>
        <source>A: %1  vs  B: %2</source>
        <translation>A: %1  vs.  B: %2</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="306"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="64"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="73"/>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="110"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="112"/>
        <source>Discordant Samples</source>
        <translation>Diskordante Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="242"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A: %2&lt;br&gt;B: %3&lt;br&gt;%4 samples, %5; differences are B − A with %6% intervals.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A: %2&lt;br&gt;B: %3&lt;br&gt;%4 Beispiele, %5; Differenzen sind B − A mit %6-%-Intervallen.</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="313"/>
        <source>Difference B − A: %1 minus %2</source>
        <translation>Differenz B − A: %1 minus %2</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="362"/>
        <source>Comparison exported: %1</source>
        <translation>Vergleich exportiert: %1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="101"/>
        <source>Confusion Matrices</source>
        <translation>Konfusionsmatrizen</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="108"/>
        <source>Difference B − A</source>
        <translation>Differenz B − A</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="67"/>
        <source>Export &amp;Comparison...</source>
        <translation>&amp;Vergleich exportieren...</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="356"/>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="97"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="314"/>
        <source>No difference: the runs have different classes</source>
        <translation>Keine Differenz: Die Läufe haben verschiedene Klassen</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="46"/>
        <source>Nothing to compare yet. Run several checkpoints together, open a result with several models, or pick two runs in the History tab.</source>
        <translation>Noch nichts zu vergleichen. Werten Sie mehrere Checkpoints gemeinsam aus, öffnen Sie ein Ergebnis mit mehreren Modellen oder wählen Sie zwei Läufe im Reiter „Verlauf“.</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="99"/>
        <source>Per-class ΔF1</source>
        <translation>ΔF1 je Klasse</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="70"/>
        <source>Save this comparison as a PDF section or as CSV tables</source>
        <translation>Diesen Vergleich als PDF-Abschnitt oder als CSV-Tabellen speichern</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="324"/>
        <source>There is no comparison to export.</source>
        <translation>Es gibt keinen Vergleich zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="129"/>
        <source>These runs cannot be compared: %1</source>
        <translation>Diese Läufe lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="122"/>
        <source>Unpaired comparison. %1</source>
        <translation>Ungepaarter Vergleich. %1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="170"/>
        <source>a result file cannot be read: %1</source>
        <translation>eine Ergebnisdatei ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="168"/>
        <source>Comparison report</source>
        <translation>Vergleichsbericht</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="197"/>
        <source>Unknown export format &apos;%1&apos;: use .pdf or .csv.</source>
        <translation>Unbekanntes Exportformat „%1“: Verwenden Sie .pdf oder .csv.</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="171"/>
        <source>Written by disteval %1 on %2.</source>
        <translation>Erstellt von disteval %1 am %2.</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="166"/>
        <source>disteval comparison · %1 vs %2</source>
        <translation>disteval-Vergleich · %1 vs. %2</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="165"/>
        <source>disteval comparison: %1</source>
        <translation>disteval-Vergleich: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="77"/>
        <source>Accuracy against mean confidence in each confidence bin: A (%1) blue, B (%2) orange; the diagonal is perfect calibration.</source>
        <translation>Genauigkeit gegen mittlere Konfidenz in jedem Konfidenzintervall: A (%1) blau, B (%2) orange; die Diagonale ist perfekte Kalibrierung.</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="80"/>
        <source>The micro and macro averages of A (%1, solid) and B (%2, dashed); the legend gives each area with its interval where the result has one.</source>
        <translation>Mikro- und Makro-Mittel von A (%1, durchgezogen) und B (%2, gestrichelt); die Legende nennt jede Fläche mit ihrem Intervall, sofern das Ergebnis eines enthält.</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="94"/>
        <source>Comparison: %1 vs %2</source>
        <translation>Vergleich: %1 vs. %2</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="95"/>
        <source>A: %1
B: %2
%3 samples, %4. Differences are B − A with %5% intervals.</source>
        <translation>A: %1
B: %2
%3 Beispiele, %4. Differenzen sind B − A mit %5-%-Intervallen.</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="130"/>
        <source>Overlaid: %1</source>
        <translation>Überlagert: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="153"/>
        <source>not tested (unpaired)</source>
        <translation>nicht getestet (ungepaart)</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="269"/>
        <source>McNemar&apos;s exact test compares the error rates, so it belongs to accuracy.</source>
        <translation>McNemars exakter Test vergleicht die Fehlerraten und gehört daher zur Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="272"/>
        <source>Difference of the two runs&apos; own values; without paired predictions it has no interval and no test.</source>
        <translation>Differenz der eigenen Werte beider Läufe; ohne gepaarte Vorhersagen gibt es dafür kein Intervall und keinen Test.</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="287"/>
        <source>McNemar&apos;s test of the error rates (on the accuracy row)</source>
        <translation>McNemar-Test der Fehlerraten (in der Zeile Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="296"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="299"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="299"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="301"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="301"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="303"/>
        <source>Δ (B − A)</source>
        <translation>Δ (B − A)</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="305"/>
        <source>%1% interval of Δ</source>
        <translation>%1-%-Intervall von Δ</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="307"/>
        <source>Interval method</source>
        <translation>Intervallmethode</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="309"/>
        <source>p (exact)</source>
        <translation>p (exakt)</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="311"/>
        <source>p (mid-p)</source>
        <translation>p (Mid-p)</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="313"/>
        <source>Significant</source>
        <translation>Signifikant</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="291"/>
        <location filename="../gui/models/comparisontablemodel.cpp" line="314"/>
        <source>Significant at %1</source>
        <translation>Signifikant bei %1</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="90"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="137"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="60"/>
        <source>A better</source>
        <translation>A besser</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="54"/>
        <source>▲ B higher</source>
        <translation>▲ B höher</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="54"/>
        <source>▼ B lower</source>
        <translation>▼ B niedriger</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="55"/>
        <source>B higher</source>
        <translation>B höher</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="55"/>
        <source>B lower</source>
        <translation>B niedriger</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="63"/>
        <source>Yes, %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="64"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="74"/>
        <source>&lt; 1e-300</source>
        <translation>&lt; 1e-300</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="96"/>
        <source>Unpaired: each run&apos;s own value and interval; Δ is the plain difference of the two values, without an interval or a test.</source>
        <translation>Ungepaart: der eigene Wert und das eigene Intervall jedes Laufs; Δ ist die einfache Differenz der beiden Werte, ohne Intervall und ohne Test.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="99"/>
        <source>Significant at %1: the %2% paired interval of Δ excludes 0. Where lower is better (losses, errors), B is better when Δ is negative.</source>
        <translation>Signifikant bei %1: Das gepaarte %2-%-Intervall von Δ schließt 0 aus. Wo niedriger besser ist (Verluste, Fehler), ist B bei negativem Δ besser.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="103"/>
        <source>Significant at %1: the %2% interval of Δ excludes 0, or, for accuracy, McNemar&apos;s exact p &lt; %3. The p-values belong to accuracy: McNemar&apos;s test compares the error rates.</source>
        <translation>Signifikant bei %1: Das %2-%-Intervall von Δ schließt 0 aus oder, bei der Genauigkeit, McNemars exaktes p &lt; %3. Die p-Werte gehören zur Genauigkeit: McNemars Test vergleicht die Fehlerraten.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="114"/>
        <source>F1 of B minus F1 of A for each class, largest gain first; no class has a paired interval.</source>
        <translation>F1 von B minus F1 von A je Klasse, größter Gewinn zuerst; keine Klasse hat ein gepaartes Intervall.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="116"/>
        <source>F1 of B minus F1 of A for each class, largest gain first, with %1% paired intervals (%2). Green and red: the interval excludes 0.</source>
        <translation>F1 von B minus F1 von A je Klasse, größter Gewinn zuerst, mit gepaarten %1-%-Intervallen (%2). Grün und rot: Das Intervall schließt 0 aus.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="137"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="60"/>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="126"/>
        <source>McNemar&apos;s test on the samples the models disagree on: A wrong and B right %1, A right and B wrong %2 (both right %3, both wrong %4).</source>
        <translation>McNemar-Test auf den Beispielen, bei denen die Modelle uneins sind: A falsch und B richtig %1, A richtig und B falsch %2 (beide richtig %3, beide falsch %4).</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="49"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="139"/>
        <source>The difference in error rates is not significant at the %1 level.</source>
        <translation>Der Unterschied der Fehlerraten ist auf dem %1-Niveau nicht signifikant.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="135"/>
        <source>The error rates differ significantly at the %1 level; %2 makes fewer errors.</source>
        <translation>Die Fehlerraten unterscheiden sich auf dem %1-Niveau signifikant; %2 macht weniger Fehler.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="133"/>
        <source>The models never disagree: no evidence of a difference.</source>
        <translation>Die Modelle sind sich immer einig: kein Hinweis auf einen Unterschied.</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="65"/>
        <source>Yes, %1 (%2)</source>
        <translation>Ja, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="32"/>
        <source>interval excludes 0</source>
        <translation>Intervall schließt 0 aus</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="30"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="130"/>
        <source>p = %1 (exact), %2 (mid-p).</source>
        <translation>p = %1 (exakt), %2 (Mid-p).</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="59"/>
        <source>▲ B better</source>
        <translation>▲ B besser</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="59"/>
        <source>▼ A better</source>
        <translation>▼ A besser</translation>
    </message>
</context>
<context>
    <name>ConfigurationModel</name>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="20"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="22"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="43"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="45"/>
        <source>%1: SHA-256</source>
        <translation>%1: SHA-256</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="47"/>
        <source>%1: evaluated samples</source>
        <translation>%1: ausgewertete Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="50"/>
        <source>%1: samples with non-finite outputs</source>
        <translation>%1: Beispiele mit nicht endlichen Ausgaben</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="53"/>
        <source>%1: elements</source>
        <translation>%1: Elemente</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="56"/>
        <source>%1: average precision error bound</source>
        <translation>%1: Fehlerschranke der Average Precision</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="57"/>
        <source>|binned − exact| ≤ %1</source>
        <translation>|gebinnt − exakt| ≤ %1</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="60"/>
        <source>%1: AUROC bins, error bound</source>
        <translation>%1: AUROC-Intervalle, Fehlerschranke</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="61"/>
        <source>%1 bins, |binned − exact| ≤ %2</source>
        <translation>%1 Intervalle, |gebinnt − exakt| ≤ %2</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="70"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="71"/>
        <source>Dataset format</source>
        <translation>Datensatzformat</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="74"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="75"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="77"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="78"/>
        <source>Targets</source>
        <translation>Zielgrößen</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="79"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="87"/>
        <source>Sample shape</source>
        <translation>Form eines Beispiels</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="89"/>
        <source>Label shape (per sample)</source>
        <translation>Form der Labels (je Beispiel)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="96"/>
        <source>Class-names file</source>
        <translation>Datei mit Klassennamen</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="97"/>
        <source>none (the dataset&apos;s names)</source>
        <translation>keine (Namen aus dem Datensatz)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="112"/>
        <source>Input normalisation</source>
        <translation>Normalisierung der Eingabe</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="113"/>
        <source>(x − %1) / %2</source>
        <translation>(x − %1) / %2</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="118"/>
        <source>Per-channel mean</source>
        <translation>Mittelwert je Kanal</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="120"/>
        <source>Per-channel standard deviation</source>
        <translation>Standardabweichung je Kanal</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="121"/>
        <source>Resize (shorter side, pixels)</source>
        <translation>Skalierung (kürzere Seite, Pixel)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="122"/>
        <source>Centre crop (height, width)</source>
        <translation>Zentrierter Ausschnitt (Höhe, Breite)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="123"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="124"/>
        <source>Skip undecodable images</source>
        <translation>Nicht dekodierbare Bilder auslassen</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="125"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="126"/>
        <source>Device (requested)</source>
        <translation>Gerät (angefordert)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="128"/>
        <source>AUROC bins per class (requested)</source>
        <translation>AUROC-Intervalle je Klasse (angefordert)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="130"/>
        <source>Per-sample predictions saved</source>
        <translation>Vorhersagen je Beispiel gespeichert</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="131"/>
        <source>Result written to</source>
        <translation>Ergebnis geschrieben nach</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="132"/>
        <source>Task (requested)</source>
        <translation>Aufgabe (angefordert)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="133"/>
        <source>Ignore index</source>
        <translation>Ignorierter Index</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="134"/>
        <source>Class dimension of the output</source>
        <translation>Klassendimension der Ausgabe</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="135"/>
        <source>Multi-label threshold</source>
        <translation>Multi-Label-Schwelle</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="136"/>
        <source>Output entry (dict)</source>
        <translation>Ausgabeeintrag (dict)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="137"/>
        <source>Output element (tuple)</source>
        <translation>Ausgabeelement (Tupel)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="151"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="153"/>
        <source>%1 (chosen by the engine)</source>
        <translation>%1 (von der Engine gewählt)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="154"/>
        <source>Threads per rank</source>
        <translation>Threads je Rank</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="157"/>
        <source>CPU binding</source>
        <translation>CPU-Bindung</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="159"/>
        <source>as mpirun set it</source>
        <translation>wie von mpirun gesetzt</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="160"/>
        <source>widened to each rank&apos;s share of the node</source>
        <translation>auf den Anteil jedes Ranks am Knoten erweitert</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="163"/>
        <source>Engine option “%1”</source>
        <translation>Engine-Option „%1“</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="177"/>
        <source>Result file</source>
        <translation>Ergebnisdatei</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="178"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="179"/>
        <source>Engine version</source>
        <translation>Engine-Version</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="182"/>
        <source>Confidence level</source>
        <translation>Konfidenzniveau</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="184"/>
        <source>Bootstrap replicates</source>
        <translation>Bootstrap-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="185"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="186"/>
        <source>Zero division</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="187"/>
        <source>World size</source>
        <translation>Anzahl Ranks (World size)</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="197"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="198"/>
        <source>Hosts</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="243"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="243"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ConfusionDifferencePlot</name>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="53"/>
        <source>Count of B − count of A</source>
        <translation>Anzahl B − Anzahl A</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="41"/>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="42"/>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="129"/>
        <source>True class: %1
Predicted class: %2
A: %3
B: %4
B − A: %5</source>
        <translation>Wahre Klasse: %1
Vorhergesagte Klasse: %2
A: %3
B: %4
B − A: %5</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixPlot</name>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="47"/>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="48"/>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="152"/>
        <source>True class: %1
Predicted class: %2
Count: %3
Share of the true class (row): %4
Share of the predicted class (column): %5</source>
        <translation>Wahre Klasse: %1
Vorhergesagte Klasse: %2
Anzahl: %3
Anteil an der wahren Klasse (Zeile): %4
Anteil an der vorhergesagten Klasse (Spalte): %5</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="232"/>
        <source>Count (log scale)</source>
        <translation>Anzahl (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="232"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="235"/>
        <source>% of the true class (log scale)</source>
        <translation>% der wahren Klasse (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="236"/>
        <source>% of the true class</source>
        <translation>% der wahren Klasse</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="239"/>
        <source>% of the predicted class (log scale)</source>
        <translation>% der vorhergesagten Klasse (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="240"/>
        <source>% of the predicted class</source>
        <translation>% der vorhergesagten Klasse</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="21"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="23"/>
        <source>% of true class (rows)</source>
        <translation>% der wahren Klasse (Zeilen)</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="26"/>
        <source>% of predicted class (columns)</source>
        <translation>% der vorhergesagten Klasse (Spalten)</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="28"/>
        <source>Logarithmic colour scale</source>
        <translation>Logarithmische Farbskala</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="30"/>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="32"/>
        <source>Wheel: zoom · drag: pan · hover: details · click: its samples (Shift: a block)</source>
        <translation>Mausrad: zoomen · Ziehen: verschieben · Zeigen: Details · Klick: ihre Beispiele (Umschalt: ein Block)</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="45"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../gui/export/csvexporter.cpp" line="98"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CurveBuilder</name>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="54"/>
        <source>This result file holds no curves: it was written by an older disteval-engine (result schema %1), before results kept what ROC, precision-recall, confidence and top-k curves are drawn from. Evaluate the checkpoints again with this version of the engine to see them.</source>
        <translation>Diese Ergebnisdatei enthält keine Kurven: Sie wurde von einer älteren disteval-engine geschrieben (Ergebnisschema %1), bevor Ergebnisse die Daten für ROC-, Präzision-Trefferquote-, Konfidenz- und Top-k-Kurven enthielten. Werten Sie die Checkpoints mit dieser Version der Engine erneut aus, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="59"/>
        <source>This model&apos;s result holds no curves: the run stored none (it does not with --auroc-bins 0, nor when classes × bins exceed what the engine keeps).</source>
        <translation>Das Ergebnis dieses Modells enthält keine Kurven: Der Lauf hat keine gespeichert (das geschieht weder mit --auroc-bins 0 noch, wenn Klassen × Intervalle das übersteigen, was die Engine aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="67"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="69"/>
        <source>Precision–recall</source>
        <translation>Präzision–Trefferquote</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="71"/>
        <source>Confidence threshold</source>
        <translation>Konfidenz-Schwellenwert</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="73"/>
        <source>Top-k accuracy</source>
        <translation>Top-k-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="75"/>
        <source>Reliability diagram</source>
        <translation>Zuverlässigkeitsdiagramm</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="83"/>
        <source>Micro average</source>
        <translation>Mikro-Mittel</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="85"/>
        <source>Macro average</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="92"/>
        <source>%1 n/a</source>
        <translation>%1 n. v.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="94"/>
        <source>%1 %2, interval n/a</source>
        <translation>%1 %2, Intervall n. v.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="95"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="103"/>
        <source>%1% interval: %2</source>
        <translation>%1-%-Intervall: %2</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="136"/>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="136"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="141"/>
        <source>%1 · no precision–recall curve</source>
        <translation>%1 · keine Präzision-Trefferquote-Kurve</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="142"/>
        <source>Precision at a given recall is not averaged over classes; the mean of the classes&apos; AP is given below the plot.</source>
        <translation>Die Präzision bei gegebener Trefferquote wird nicht über die Klassen gemittelt; das Mittel der AP der Klassen steht unter dem Diagramm.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="170"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="171"/>
        <source>The area under the curve of every class&apos;s scores pooled (scikit-learn&apos;s micro average); the result gives no interval for it.</source>
        <translation>Die Fläche unter der Kurve der zusammengelegten Scores aller Klassen (Mikro-Mittel wie in scikit-learn); das Ergebnis gibt dafür kein Intervall an.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="174"/>
        <source>The average precision of every class&apos;s scores pooled (scikit-learn&apos;s micro average); the result gives no interval for it.</source>
        <translation>Die Average Precision der zusammengelegten Scores aller Klassen (Mikro-Mittel wie in scikit-learn); das Ergebnis gibt dafür kein Intervall an.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="186"/>
        <location filename="../gui/plots/curvebuilder.cpp" line="311"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="189"/>
        <source>No curve: the class needs positive and negative samples.</source>
        <translation>Keine Kurve: Die Klasse braucht positive und negative Beispiele.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="190"/>
        <source>No curve: the class has no positive sample.</source>
        <translation>Keine Kurve: Die Klasse hat kein positives Beispiel.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="200"/>
        <source>Accuracy of the elements kept</source>
        <translation>Genauigkeit der behaltenen Elemente</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="200"/>
        <source>Accuracy of the samples kept</source>
        <translation>Genauigkeit der behaltenen Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="201"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="202"/>
        <source>Share of the elements kept (coverage)</source>
        <translation>Anteil der behaltenen Elemente (Abdeckung)</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="203"/>
        <source>Share of the samples kept (coverage)</source>
        <translation>Anteil der behaltenen Beispiele (Abdeckung)</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="204"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="209"/>
        <source>%1 of %2 elements have a higher confidence; %3 of them right</source>
        <translation>%1 von %2 Elementen haben eine höhere Konfidenz; davon %3 richtig</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="210"/>
        <source>%1 of %2 samples have a higher confidence; %3 of them right</source>
        <translation>%1 von %2 Beispielen haben eine höhere Konfidenz; davon %3 richtig</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="230"/>
        <source>Top-k accuracy with %1% Wilson intervals</source>
        <translation>Top-k-Genauigkeit mit %1-%-Wilson-Intervallen</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="238"/>
        <source>%1 of %2 samples</source>
        <translation>%1 von %2 Beispielen</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="252"/>
        <location filename="../gui/plots/curvebuilder.cpp" line="253"/>
        <source>ECE %1</source>
        <translation>ECE %1</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="259"/>
        <source>Confidence (%1, %2]: %3 elements</source>
        <translation>Konfidenz (%1, %2]: %3 Elemente</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="260"/>
        <source>Confidence (%1, %2]: %3 samples</source>
        <translation>Konfidenz (%1, %2]: %3 Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="306"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="306"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="312"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="313"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>CurveChoiceModel</name>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="93"/>
        <source>Micro average</source>
        <translation>Mikro-Mittel</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="95"/>
        <source>Macro average</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="105"/>
        <source>Every class&apos;s scores pooled into one curve (scikit-learn&apos;s micro average)</source>
        <translation>Die Scores aller Klassen zu einer Kurve zusammengelegt (Mikro-Mittel wie in scikit-learn)</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="109"/>
        <source>The mean of the classes&apos; ROC curves</source>
        <translation>Das Mittel der ROC-Kurven der Klassen</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="110"/>
        <source>There is no macro-average precision–recall curve: precision at a recall is not averaged over classes.</source>
        <translation>Es gibt keine Präzision-Trefferquote-Kurve des Makro-Mittels: Die Präzision bei einer Trefferquote wird nicht über die Klassen gemittelt.</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="112"/>
        <source>Label %1: %2</source>
        <translation>Label %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="113"/>
        <source>Class %1: %2</source>
        <translation>Klasse %1: %2</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="85"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="87"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="89"/>
        <source>Confidence threshold</source>
        <translation>Konfidenz-Schwellenwert</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="91"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="93"/>
        <source>Mean confidence</source>
        <translation>Mittlere Konfidenz</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="102"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="104"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="106"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="108"/>
        <source>Top-k accuracy</source>
        <translation>Top-k-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="110"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="138"/>
        <source>Confidence threshold (largest softmax probability)</source>
        <translation>Konfidenz-Schwellenwert (größte Softmax-Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="139"/>
        <source>Accuracy and share of the elements kept</source>
        <translation>Genauigkeit und Anteil der behaltenen Elemente</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="140"/>
        <source>Accuracy and share of the samples kept</source>
        <translation>Genauigkeit und Anteil der behaltenen Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="143"/>
        <source>Top-k accuracy (true class among the k highest scores)</source>
        <translation>Top-k-Genauigkeit (wahre Klasse unter den k höchsten Scores)</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="146"/>
        <source>Confidence (mean in bin)</source>
        <translation>Konfidenz (Mittel im Intervall)</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="147"/>
        <source>Accuracy in bin</source>
        <translation>Genauigkeit im Intervall</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="155"/>
        <source>Chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="155"/>
        <source>Perfect calibration</source>
        <translation>Perfekte Kalibrierung</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="226"/>
        <source>Chance: each curve&apos;s prevalence (dotted)</source>
        <translation>Zufall: Prävalenz jeder Kurve (gepunktet)</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="271"/>
        <source>The legend names the first %1 of %2 curves; point at a curve to see which it is.</source>
        <translation>Die Legende nennt die ersten %1 von %2 Kurven; zeigen Sie auf eine Kurve, um zu sehen, welche es ist.</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="285"/>
        <source>Threshold: above every score (nothing positive)</source>
        <translation>Schwellenwert: über jedem Score (nichts positiv)</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="286"/>
        <source>Threshold: probability ≥ %1</source>
        <translation>Schwellenwert: Wahrscheinlichkeit ≥ %1</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="293"/>
        <location filename="../gui/plots/curveplot.cpp" line="294"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="319"/>
        <source>%1 of %2 positives and %3 of %4 negatives at or above the threshold</source>
        <translation>%1 von %2 Positiven und %3 von %4 Negativen auf oder über dem Schwellenwert</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <location filename="../gui/plots/curvespanel.cpp" line="17"/>
        <source>Curve:</source>
        <translation>Kurve:</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvespanel.cpp" line="38"/>
        <source>Curves to draw:</source>
        <translation>Zu zeichnende Kurven:</translation>
    </message>
</context>
<context>
    <name>CurvesSection</name>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="52"/>
        <source>Selective accuracy: keeping only what the model is more confident about than the threshold, the accuracy of what is kept (blue) and its share of everything evaluated (orange).</source>
        <translation>Selektive Genauigkeit: Behalten wird nur, worin das Modell eine höhere Konfidenz als den Schwellenwert hat; gezeigt sind die Genauigkeit des Behaltenen (blau) und sein Anteil an allem Ausgewerteten (orange).</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="56"/>
        <source>Top-k accuracy: the share of samples whose true class is among the k classes scored highest, with %1% Wilson intervals; k = 1 is the accuracy.</source>
        <translation>Top-k-Genauigkeit: der Anteil der Beispiele, deren wahre Klasse unter den k am höchsten bewerteten Klassen ist, mit %1-%-Wilson-Intervallen; k = 1 ist die Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="69"/>
        <source>ROC curves: true positive rate against false positive rate at each threshold of the predicted probability; dashed: chance. AUROC with its %1% interval; the micro average&apos;s is the area under its curve.</source>
        <translation>ROC-Kurven: Richtig-Positiv-Rate gegen Falsch-Positiv-Rate bei jedem Schwellenwert der vorhergesagten Wahrscheinlichkeit; gestrichelt: Zufall. AUROC mit ihrem %1-%-Intervall; die des Mikro-Mittels ist die Fläche unter seiner Kurve.</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="74"/>
        <source>Precision-recall curves: precision against recall at each threshold of the predicted probability; dotted: the prevalence. Average precision (AP) with its %1% interval; the micro average&apos;s is computed from its curve. There is no macro-average precision-recall curve.</source>
        <translation>Präzision-Trefferquote-Kurven: Präzision gegen Trefferquote bei jedem Schwellenwert der vorhergesagten Wahrscheinlichkeit; gepunktet: die Prävalenz. Average Precision (AP) mit ihrem %1-%-Intervall; die des Mikro-Mittels wird aus seiner Kurve berechnet. Eine Präzision-Trefferquote-Kurve des Makro-Mittels gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="83"/>
        <source>With %1, only the micro and macro averages are drawn here; every class&apos;s curve is in the app&apos;s Curves tab and its points in the CSV export (%2).</source>
        <translation>Bei %1 werden hier nur das Mikro- und das Makro-Mittel gezeichnet; die Kurve jeder Klasse steht in der App im Reiter „Kurven“ und ihre Punkte im CSV-Export (%2).</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="103"/>
        <source>Curves: %1</source>
        <translation>Kurven: %1</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="67"/>
        <source>Keeping only what the model is more confident about than the threshold: the accuracy of what is kept, and its share of everything evaluated (coverage). A model whose confidence means something grows more accurate as it keeps less. Thresholds step by 1/300.</source>
        <translation>Behalten wird nur, worin das Modell eine höhere Konfidenz als den Schwellenwert hat: die Genauigkeit des Behaltenen und sein Anteil an allem Ausgewerteten (Abdeckung). Ein Modell, dessen Konfidenz etwas aussagt, wird genauer, je weniger es behält. Die Schwellenwerte steigen in Schritten von 1/300.</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="72"/>
        <source>The share of samples whose true class is among the k classes scored highest, with %1% Wilson intervals; k = 1 is the accuracy.</source>
        <translation>Der Anteil der Beispiele, deren wahre Klasse unter den k am höchsten bewerteten Klassen ist, mit %1-%-Wilson-Intervallen; k = 1 ist die Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="86"/>
        <source>Each point is a threshold on the predicted probability: the share of the positives found (true positive rate) against the share of the negatives taken for positives. The dashed diagonal is chance. The legend gives each AUROC with its %1% interval; the micro average&apos;s is the area under its curve (no interval).</source>
        <translation>Jeder Punkt ist ein Schwellenwert auf der vorhergesagten Wahrscheinlichkeit: der Anteil der gefundenen Positiven (Richtig-Positiv-Rate) gegen den Anteil der für positiv gehaltenen Negativen. Die gestrichelte Diagonale entspricht dem Zufall. Die Legende nennt jede AUROC mit ihrem %1-%-Intervall; die des Mikro-Mittels ist die Fläche unter seiner Kurve (kein Intervall).</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="93"/>
        <source>Each point is a threshold on the predicted probability: the share of the predicted positives that are right (precision) against the share of the positives found (recall). A dotted line is a prevalence, the precision of guessing. The legend gives each average precision (AP) with its %1% interval; the micro average&apos;s is computed from its curve (no interval).</source>
        <translation>Jeder Punkt ist ein Schwellenwert auf der vorhergesagten Wahrscheinlichkeit: der Anteil der richtigen unter den als positiv vorhergesagten (Präzision) gegen den Anteil der gefundenen Positiven (Trefferquote). Eine gepunktete Linie ist eine Prävalenz, die Präzision bloßen Ratens. Die Legende nennt jede Average Precision (AP) mit ihrem %1-%-Intervall; die des Mikro-Mittels wird aus seiner Kurve berechnet (kein Intervall).</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="110"/>
        <source>Mean AP over the %1 labels with positives: %2.</source>
        <translation>Mittlere AP über die %1 Labels mit Positiven: %2.</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="111"/>
        <source>Mean AP over the %1 classes with positives: %2.</source>
        <translation>Mittlere AP über die %1 Klassen mit Positiven: %2.</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="117"/>
        <source>At first the averages and the %1 labels with the lowest AUROC are drawn; check others in the list (type to filter).</source>
        <translation>Zunächst werden die Mittel und die %1 Labels mit der niedrigsten AUROC gezeichnet; wählen Sie weitere in der Liste aus (Tippen filtert).</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="119"/>
        <source>At first the averages and the %1 classes with the lowest AUROC are drawn; check others in the list (type to filter).</source>
        <translation>Zunächst werden die Mittel und die %1 Klassen mit der niedrigsten AUROC gezeichnet; wählen Sie weitere in der Liste aus (Tippen filtert).</translation>
    </message>
</context>
<context>
    <name>DatasetInspection</name>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="14"/>
        <source>The engine&apos;s description of the dataset is incomplete.</source>
        <translation>Die Beschreibung des Datensatzes durch die Engine ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="50"/>
        <source>Format: %1
Samples: %2
Classes: %3</source>
        <translation>Format: %1
Beispiele: %2
Klassen: %3</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="53"/>
        <source>Format: %1
Samples: %2</source>
        <translation>Format: %1
Beispiele: %2</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="55"/>
        <source>Input shape: %1</source>
        <translation>Eingabeform: %1</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="57"/>
        <source>Inputs: %1</source>
        <translation>Eingaben: %1</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="60"/>
        <source>Labels per sample: %1 (%2)</source>
        <translation>Labels je Beispiel: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="62"/>
        <source>real numbers</source>
        <translation>reelle Zahlen</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="63"/>
        <source>integers</source>
        <translation>ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="68"/>
        <source>Class names: %1</source>
        <translation>Klassennamen: %1</translation>
    </message>
</context>
<context>
    <name>DeltaF1Plot</name>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="50"/>
        <source>B better (interval excludes 0)</source>
        <translation>B besser (Intervall schließt 0 aus)</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="52"/>
        <source>B worse (interval excludes 0)</source>
        <translation>B schlechter (Intervall schließt 0 aus)</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="30"/>
        <source>Class (sorted by effect)</source>
        <translation>Klasse (nach Effekt sortiert)</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="54"/>
        <source>Interval includes 0, or none</source>
        <translation>Intervall enthält 0, oder keines</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="165"/>
        <source>Class: %1
ΔF1 (B − A): %2
%3% interval: %4</source>
        <translation>Klasse: %1
ΔF1 (B − A): %2
%3-%-Intervall: %4</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="31"/>
        <source>ΔF1 (B − A)</source>
        <translation>ΔF1 (B − A)</translation>
    </message>
</context>
<context>
    <name>DeltaF1TableModel</name>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="89"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="89"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="145"/>
        <source>Interval method: %1</source>
        <translation>Intervallmethode: %1</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="150"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="152"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="154"/>
        <source>F1 of A</source>
        <translation>F1 von A</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="156"/>
        <source>F1 of B</source>
        <translation>F1 von B</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="158"/>
        <source>ΔF1</source>
        <translation>ΔF1</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="160"/>
        <source>%1% interval</source>
        <translation>%1-%-Intervall</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="162"/>
        <source>Excludes 0</source>
        <translation>Schließt 0 aus</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <location filename="../gui/app/demofiles.cpp" line="99"/>
        <source>&lt;p&gt;The demo checkpoints (&lt;code&gt;fashion-cnn-early.pt&lt;/code&gt;, &lt;code&gt;fashion-cnn-full.pt&lt;/code&gt;) are not there yet. disteval trains them itself in a few seconds; make them with&lt;/p&gt;&lt;pre&gt;scripts/make-demo-models.sh build/demo&lt;/pre&gt;&lt;p&gt;in a build of disteval, or, where disteval is installed,&lt;/p&gt;&lt;pre&gt;disteval-train-demo --data %1 --out %2&lt;/pre&gt;&lt;p&gt;Looked in:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Die Demo-Checkpoints (&lt;code&gt;fashion-cnn-early.pt&lt;/code&gt;, &lt;code&gt;fashion-cnn-full.pt&lt;/code&gt;) gibt es noch nicht. disteval trainiert sie selbst in wenigen Sekunden; erzeugen Sie sie mit&lt;/p&gt;&lt;pre&gt;scripts/make-demo-models.sh build/demo&lt;/pre&gt;&lt;p&gt;in einem Build von disteval oder, wo disteval installiert ist, mit&lt;/p&gt;&lt;pre&gt;disteval-train-demo --data %1 --out %2&lt;/pre&gt;&lt;p&gt;Gesucht in:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../gui/app/demofiles.cpp" line="111"/>
        <source>&lt;p&gt;The Fashion-MNIST test set was not found in &lt;code&gt;%1&lt;/code&gt;. Install the package &lt;code&gt;dataset-fashion-mnist&lt;/code&gt;, or set &lt;code&gt;DISTEVAL_FASHION_MNIST&lt;/code&gt; to the folder that holds &lt;code&gt;t10k-images-idx3-ubyte.gz&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Fashion-MNIST-Testdatensatz wurde in &lt;code&gt;%1&lt;/code&gt; nicht gefunden. Installieren Sie das Paket &lt;code&gt;dataset-fashion-mnist&lt;/code&gt; oder setzen Sie &lt;code&gt;DISTEVAL_FASHION_MNIST&lt;/code&gt; auf den Ordner mit &lt;code&gt;t10k-images-idx3-ubyte.gz&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/app/demofiles.cpp" line="117"/>
        <source>&lt;p&gt;The class names (&lt;code&gt;fashion-mnist-classes.txt&lt;/code&gt;) were not found beside the checkpoints; the demo runs without them, with class numbers instead of names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Klassennamen (&lt;code&gt;fashion-mnist-classes.txt&lt;/code&gt;) wurden neben den Checkpoints nicht gefunden; die Demo läuft auch ohne sie, mit Klassennummern statt Namen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EngineNotice</name>
    <message>
        <location filename="../gui/setup/enginenotice.cpp" line="19"/>
        <source>Locate Engine...</source>
        <translation>Engine suchen...</translation>
    </message>
</context>
<context>
    <name>EngineQuery</name>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="72"/>
        <source>disteval-engine stopped unexpectedly.</source>
        <translation>disteval-engine wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="74"/>
        <source>disteval-engine gave an answer this app does not understand.</source>
        <translation>disteval-engine hat eine Antwort gegeben, die diese App nicht versteht.</translation>
    </message>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="87"/>
        <source>disteval-engine could not be started (%1): %2</source>
        <translation>disteval-engine konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="95"/>
        <source>disteval-engine did not answer in time.</source>
        <translation>disteval-engine hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../gui/common/errortext.cpp" line="8"/>
        <location filename="../gui/common/errortext.cpp" line="36"/>
        <source>The engine did not accept its command line.</source>
        <translation>Die Engine hat ihre Befehlszeile nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="10"/>
        <location filename="../gui/common/errortext.cpp" line="38"/>
        <source>The dataset cannot be read.</source>
        <translation>Der Datensatz kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="12"/>
        <location filename="../gui/common/errortext.cpp" line="40"/>
        <source>A model checkpoint cannot be loaded.</source>
        <translation>Ein Modell-Checkpoint kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="14"/>
        <source>The model&apos;s number of outputs does not match the dataset&apos;s classes.</source>
        <translation>Die Anzahl der Modellausgaben passt nicht zu den Klassen des Datensatzes.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="16"/>
        <source>The model&apos;s output and the dataset&apos;s labels do not fit the chosen task.</source>
        <translation>Die Ausgabe des Modells und die Labels des Datensatzes passen nicht zur gewählten Aufgabe.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="18"/>
        <source>A custom metric cannot be used.</source>
        <translation>Eine eigene Metrik kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="20"/>
        <location filename="../gui/common/errortext.cpp" line="42"/>
        <source>The result file cannot be written.</source>
        <translation>Die Ergebnisdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="22"/>
        <location filename="../gui/common/errortext.cpp" line="44"/>
        <source>The requested device is not available.</source>
        <translation>Das gewünschte Gerät ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="24"/>
        <location filename="../gui/common/errortext.cpp" line="46"/>
        <source>One of the ranks failed.</source>
        <translation>Einer der Ranks ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="26"/>
        <source>The engine hit an internal error.</source>
        <translation>In der Engine ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="27"/>
        <source>The engine reported an error (%1).</source>
        <translation>Die Engine hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="34"/>
        <source>The engine finished successfully.</source>
        <translation>Die Engine wurde erfolgreich beendet.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="48"/>
        <source>The job ended with exit code %1.</source>
        <translation>Der Auftrag endete mit dem Exit-Code %1.</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="55"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="57"/>
        <source>Evaluating</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="59"/>
        <source>Combining the ranks&apos; statistics</source>
        <translation>Statistiken der Ranks zusammenführen</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="61"/>
        <source>Writing the result</source>
        <translation>Ergebnis schreiben</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="32"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="32"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="31"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="31"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="35"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="36"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="37"/>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="64"/>
        <source>PDF Report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="66"/>
        <source>Most confident mistakes per class, with thumbnails</source>
        <translation>Sicherste Fehler je Klasse, mit Miniaturansichten</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="78"/>
        <source>The samples&apos; inputs are rendered by disteval-engine from the run&apos;s dataset.</source>
        <translation>Die Eingaben der Beispiele erzeugt disteval-engine aus dem Datensatz des Laufs.</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="80"/>
        <source>Needs the run&apos;s per-sample records (“Save per-sample predictions”).</source>
        <translation>Braucht die Einzelergebnisse je Beispiel des Laufs („Vorhersagen je Beispiel speichern“).</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="86"/>
        <source>Mistakes per class:</source>
        <translation>Fehler je Klasse:</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="112"/>
        <source>PNG Resolution</source>
        <translation>PNG-Auflösung</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="113"/>
        <source>Resolution of the image (dots per inch):</source>
        <translation>Auflösung des Bildes (Punkte pro Zoll):</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="139"/>
        <source>Replace Files</source>
        <translation>Dateien ersetzen</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="140"/>
        <source>These files exist already and will be replaced:

%1

Replace them?</source>
        <translation>Diese Dateien gibt es bereits, sie würden ersetzt:

%1

Ersetzen?</translation>
    </message>
</context>
<context>
    <name>FileListWidget</name>
    <message>
        <location filename="../gui/setup/filelistwidget.cpp" line="28"/>
        <source>Add...</source>
        <translation>Hinzufügen...</translation>
    </message>
    <message>
        <location filename="../gui/setup/filelistwidget.cpp" line="29"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>FilterCheckList</name>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="19"/>
        <source>Filter by name or number</source>
        <translation>Nach Name oder Nummer filtern</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="29"/>
        <source>Check Shown</source>
        <translation>Angezeigte auswählen</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="31"/>
        <source>Check every entry the filter shows</source>
        <translation>Jeden Eintrag auswählen, den der Filter zeigt</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="32"/>
        <source>Uncheck All</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="110"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="111"/>
        <source>%1 of %2 entries shown</source>
        <translation>%1 von %2 Einträgen angezeigt</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../gui/app/gettingstarteddialog.cpp" line="15"/>
        <source>Getting Started with disteval</source>
        <translation>Erste Schritte mit disteval</translation>
    </message>
    <message>
        <location filename="../gui/app/gettingstarteddialog.cpp" line="20"/>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;p&gt;disteval evaluates PyTorch classifiers on several MPI ranks (CPU processes or GPUs) and gives exactly the numbers one process would, each with its confidence interval.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Try the demo.&lt;/b&gt; &lt;i&gt;Help › Open the Demo&lt;/i&gt; fills in two checkpoints of a small Fashion-MNIST classifier, the Fashion-MNIST test set and its class names. Press &lt;b&gt;Run&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your own models.&lt;/b&gt; Add TorchScript checkpoints (&lt;code&gt;torch.jit.save&lt;/code&gt;) with &lt;i&gt;Add…&lt;/i&gt; or by dropping them on the window, choose the dataset (a file or a folder) and press &lt;b&gt;Run&lt;/b&gt;. The app says what the dataset is before the run. Models of one run are scored on the same samples and compared pairwise.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow the run&lt;/b&gt; in the &lt;i&gt;Run&lt;/i&gt; tab: one bar per rank, the engine&apos;s output, and in plain words what went wrong if it fails.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the results&lt;/b&gt; in &lt;i&gt;Results&lt;/i&gt; (summary with intervals, confusion matrix, per class, calibration), &lt;i&gt;Compare&lt;/i&gt; (two checkpoints, paired tests) and &lt;i&gt;History&lt;/i&gt; (every run). &lt;i&gt;Export Report…&lt;/i&gt; writes a PDF or CSV tables.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Results are written to &lt;code&gt;%1&lt;/code&gt; unless you choose another output folder. &lt;i&gt;Copy Command&lt;/i&gt; gives the same run as an &lt;code&gt;mpirun&lt;/code&gt; command line for a cluster, &lt;i&gt;Run › Slurm Batch Script…&lt;/i&gt; as a script for &lt;code&gt;sbatch&lt;/code&gt;; the result file opens here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Erste Schritte&lt;/h3&gt;&lt;p&gt;disteval wertet PyTorch-Klassifikatoren auf mehreren MPI-Ranks (CPU-Prozessen oder GPUs) aus und liefert genau die Zahlen, die ein einzelner Prozess liefern würde, jede mit ihrem Konfidenzintervall.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Die Demo ausprobieren.&lt;/b&gt; &lt;i&gt;Hilfe › Demo öffnen&lt;/i&gt; trägt zwei Checkpoints eines kleinen Fashion-MNIST-Klassifikators, den Fashion-MNIST-Testdatensatz und seine Klassennamen ein. Drücken Sie &lt;b&gt;Starten&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eigene Modelle.&lt;/b&gt; Fügen Sie TorchScript-Checkpoints (&lt;code&gt;torch.jit.save&lt;/code&gt;) mit &lt;i&gt;Hinzufügen…&lt;/i&gt; oder per Drag-and-Drop auf das Fenster hinzu, wählen Sie den Datensatz (eine Datei oder einen Ordner) und drücken Sie &lt;b&gt;Starten&lt;/b&gt;. Die App zeigt vor dem Lauf, was der Datensatz enthält. Die Modelle eines Laufs werden auf denselben Beispielen bewertet und paarweise verglichen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Den Lauf verfolgen&lt;/b&gt; im Reiter &lt;i&gt;Lauf&lt;/i&gt;: ein Balken je Rank, die Ausgabe der Engine und, falls er fehlschlägt, in klaren Worten, was schiefging.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Die Ergebnisse lesen&lt;/b&gt; in &lt;i&gt;Ergebnisse&lt;/i&gt; (Übersicht mit Intervallen, Konfusionsmatrix, je Klasse, Kalibrierung), &lt;i&gt;Vergleich&lt;/i&gt; (zwei Checkpoints, gepaarte Tests) und &lt;i&gt;Verlauf&lt;/i&gt; (jeder Lauf). &lt;i&gt;Bericht exportieren…&lt;/i&gt; schreibt ein PDF oder CSV-Tabellen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ergebnisse werden nach &lt;code&gt;%1&lt;/code&gt; geschrieben, sofern Sie keinen anderen Ausgabeordner wählen. &lt;i&gt;Befehl kopieren&lt;/i&gt; liefert denselben Lauf als &lt;code&gt;mpirun&lt;/code&gt;-Befehlszeile für einen Cluster, &lt;i&gt;Starten › Slurm-Batch-Skript…&lt;/i&gt; als Skript für &lt;code&gt;sbatch&lt;/code&gt;; die Ergebnisdatei öffnet sich hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/app/gettingstarteddialog.cpp" line="47"/>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="110"/>
        <source>disteval: cannot export to &apos;%1&apos;: use a .pdf, .csv, .png or .svg file.</source>
        <translation>disteval: Export nach &apos;%1&apos; nicht möglich: Verwenden Sie eine .pdf-, .csv-, .png- oder .svg-Datei.</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="116"/>
        <source>disteval: unknown plot &apos;%1&apos; (use %2).</source>
        <translation>disteval: Unbekanntes Diagramm &apos;%1&apos; (%2 verwenden).</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="135"/>
        <location filename="../gui/export/headlessexport.cpp" line="160"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="141"/>
        <source>disteval: --model must be between 1 and %1.</source>
        <translation>disteval: --model muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="146"/>
        <source>disteval: this result has no %1 curve: %2</source>
        <translation>disteval: Dieses Ergebnis hat keine Kurve %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="148"/>
        <source>disteval: this result (%1) has no %2 plot.</source>
        <translation>disteval: Dieses Ergebnis (%1) hat kein Diagramm %2.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="13"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="16"/>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="18"/>
        <source>Set up a run of the demo checkpoints on the Fashion-MNIST test set</source>
        <translation>Einen Lauf der Demo-Checkpoints auf dem Fashion-MNIST-Testdatensatz einrichten</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="21"/>
        <source>&amp;About disteval</source>
        <translation>Über &amp;disteval</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="47"/>
        <source>About disteval</source>
        <translation>Über disteval</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="48"/>
        <source>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;Exact distributed evaluation of PyTorch classifiers, with confidence intervals.&lt;/p&gt;&lt;p&gt;The app starts &lt;code&gt;disteval-engine&lt;/code&gt; under Open MPI and shows its progress and results.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;Exakte verteilte Evaluierung von PyTorch-Klassifikatoren, mit Konfidenzintervallen.&lt;/p&gt;&lt;p&gt;Die App startet &lt;code&gt;disteval-engine&lt;/code&gt; unter Open MPI und zeigt Fortschritt und Ergebnisse an.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryComparison</name>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="75"/>
        <source>%1, so the two runs cannot be paired: they are shown side by side with their own intervals, without a paired test. Run with &quot;Save per-sample predictions&quot; to compare runs pairwise.</source>
        <translation>%1, daher lassen sich die beiden Läufe nicht paaren: Sie werden nebeneinander mit ihren eigenen Intervallen gezeigt, ohne gepaarten Test. Aktivieren Sie „Vorhersagen je Beispiel speichern“, um Läufe gepaart zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="72"/>
        <source>Neither run saved its per-sample predictions</source>
        <translation>Keiner der Läufe hat seine Vorhersagen je Beispiel gespeichert</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="44"/>
        <source>the runs evaluate different tasks (%1 and %2)</source>
        <translation>die Läufe werten verschiedene Aufgaben aus (%1 und %2)</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="62"/>
        <source>The predicted classes that pair two runs are saved for classification only, so two runs of this task cannot be paired: they are shown side by side with their own intervals, without a paired test.</source>
        <translation>Die vorhergesagten Klassen, über die sich zwei Läufe paaren lassen, werden nur für die Klassifikation gespeichert, daher lassen sich zwei Läufe dieser Aufgabe nicht paaren: Sie werden nebeneinander mit ihren eigenen Intervallen gezeigt, ohne gepaarten Test.</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="73"/>
        <source>Run &quot;%1&quot; did not save its per-sample predictions</source>
        <translation>Lauf „%1“ hat seine Vorhersagen je Beispiel nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../gui/history/historyview.cpp" line="78"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="85"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="74"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="90"/>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="80"/>
        <source>Compare the two selected runs (the older one is A)</source>
        <translation>Die beiden ausgewählten Läufe vergleichen (der ältere ist A)</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="294"/>
        <source>Deleted: %1. Undo Delete (Ctrl+Z) brings it back until disteval is closed.</source>
        <translation>Gelöscht: %1. „Löschen rückgängig“ (Strg+Z) holt es zurück, bis disteval beendet wird.</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="32"/>
        <source>Ended without result</source>
        <translation>Ohne Ergebnis beendet</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="36"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="71"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="97"/>
        <source>Look again for results of runs left running in the background</source>
        <translation>Erneut nach Ergebnissen von Läufen suchen, die im Hintergrund weiterliefen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="110"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="277"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="180"/>
        <source>No per-sample predictions: comparisons with this run are unpaired.</source>
        <translation>Keine Vorhersagen je Beispiel: Vergleiche mit diesem Lauf sind ungepaart.</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="197"/>
        <source>No runs yet. Every finished run is kept here (in %1).</source>
        <translation>Noch keine Läufe. Jeder abgeschlossene Lauf wird hier aufbewahrt (in %1).</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="77"/>
        <source>Open the selected run&apos;s result</source>
        <translation>Das Ergebnis des ausgewählten Laufs öffnen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="178"/>
        <source>Per-sample predictions saved: comparisons with this run are paired.</source>
        <translation>Vorhersagen je Beispiel gespeichert: Vergleiche mit diesem Lauf sind gepaart.</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="110"/>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="81"/>
        <source>Re&amp;name...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="277"/>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="306"/>
        <source>Restored: %1.</source>
        <translation>Wiederhergestellt: %1.</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="190"/>
        <source>Result expected at %1</source>
        <translation>Ergebnis erwartet unter %1</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="30"/>
        <source>Running in the background</source>
        <translation>Läuft im Hintergrund</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="110"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="175"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="174"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
</context>
<context>
    <name>IntervalNotes</name>
    <message numerus="yes">
        <location filename="../gui/models/intervalnotes.cpp" line="61"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/models/intervalnotes.cpp" line="63"/>
        <source>No interval for %1: %2</source>
        <translation>Kein Intervall für %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/models/intervalnotes.cpp" line="64"/>
        <source>No interval for %1 (%2): %3</source>
        <translation>Kein Intervall für %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <location filename="../gui/run/jobcommand.cpp" line="32"/>
        <source>The extra mpirun arguments cannot be parsed.</source>
        <translation>Die zusätzlichen mpirun-Argumente können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gui/run/jobcommand.cpp" line="38"/>
        <source>The extra mpirun arguments contain an unbalanced quote.</source>
        <translation>Die zusätzlichen mpirun-Argumente enthalten ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../gui/app/languagemanager.cpp" line="9"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="60"/>
        <source>disteval</source>
        <translation>disteval</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="80"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="81"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="104"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="21"/>
        <source>&amp;Add Checkpoints...</source>
        <translation>Checkpoints &amp;hinzufügen...</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="25"/>
        <source>Add model checkpoints</source>
        <translation>Modell-Checkpoints hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="26"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript-Checkpoints (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="30"/>
        <source>Open &amp;Result...</source>
        <translation>&amp;Ergebnis öffnen...</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="37"/>
        <location filename="../gui/app/mainwindowactions.cpp" line="78"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="41"/>
        <location filename="../gui/app/mainwindowactions.cpp" line="116"/>
        <source>Start the evaluation</source>
        <translation>Die Evaluierung starten</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="43"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="47"/>
        <source>Copy &amp;Command</source>
        <translation>&amp;Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="48"/>
        <source>Copy the equivalent mpirun command line</source>
        <translation>Die entsprechende mpirun-Befehlszeile kopieren</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="50"/>
        <source>&amp;Slurm Batch Script...</source>
        <translation>S&amp;lurm-Batch-Skript...</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="51"/>
        <source>A Slurm batch script (sbatch) for this set-up</source>
        <translation>Ein Slurm-Batch-Skript (sbatch) für diese Einrichtung</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="54"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="69"/>
        <source>Recent Results</source>
        <translation>Zuletzt geöffnete Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="84"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="85"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="97"/>
        <source>The language changes when disteval is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von disteval.</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="186"/>
        <source>The run finished.</source>
        <translation>Der Lauf ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="232"/>
        <location filename="../gui/app/mainwindow.cpp" line="235"/>
        <source>Open result file</source>
        <translation>Ergebnisdatei öffnen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="233"/>
        <source>Result files (*.json);;All files (*)</source>
        <translation>Ergebnisdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="247"/>
        <source>No recent results</source>
        <translation>Keine zuletzt geöffneten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="285"/>
        <source>Command copied: %1</source>
        <translation>Befehl kopiert: %1</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="112"/>
        <source>Choose at least one checkpoint and a dataset first</source>
        <translation>Zuerst mindestens einen Checkpoint und einen Datensatz wählen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="114"/>
        <source>The dataset has not passed the engine&apos;s check (see below the dataset)</source>
        <translation>Der Datensatz hat die Prüfung durch die Engine nicht bestanden (siehe unter dem Datensatz)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="122"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="126"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="129"/>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="132"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="135"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="138"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="304"/>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="319"/>
        <source>The demo is set up: two checkpoints of a Fashion-MNIST classifier on its test set. Press Run.</source>
        <translation>Die Demo ist eingerichtet: zwei Checkpoints eines Fashion-MNIST-Klassifikators auf seinem Testdatensatz. Drücken Sie „Starten“.</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="86"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="87"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="117"/>
        <source>The run was not added to the history: %1</source>
        <translation>Der Lauf wurde nicht in den Verlauf aufgenommen: %1</translation>
    </message>
</context>
<context>
    <name>MetricListWidget</name>
    <message>
        <location filename="../gui/setup/metriclistwidget.cpp" line="33"/>
        <source>Your own TorchScript metrics (--metric), summed exactly across the ranks, with intervals and paired differences. Drop metric files onto this list to add them.</source>
        <translation>Ihre eigenen TorchScript-Metriken (--metric), exakt über die Ranks summiert, mit Intervallen und gepaarten Differenzen. Metrikdateien auf diese Liste ziehen, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../gui/setup/metriclistwidget.cpp" line="68"/>
        <source>Add metric files</source>
        <translation>Metrikdateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/setup/metriclistwidget.cpp" line="69"/>
        <source>TorchScript metrics (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript-Metriken (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="8"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="10"/>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="12"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="14"/>
        <source>Cross-entropy loss</source>
        <translation>Kreuzentropie-Verlust</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="16"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="18"/>
        <source>Weighted F1</source>
        <translation>Gewichteter F1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="20"/>
        <source>Macro precision</source>
        <translation>Makro-Präzision</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="22"/>
        <source>Macro recall</source>
        <translation>Makro-Recall</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="24"/>
        <source>Weighted precision</source>
        <translation>Gewichtete Präzision</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="26"/>
        <source>Weighted recall</source>
        <translation>Gewichteter Recall</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="28"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="30"/>
        <source>Matthews correlation</source>
        <translation>Matthews-Korrelation</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="32"/>
        <source>Expected calibration error</source>
        <translation>Erwarteter Kalibrierungsfehler</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="34"/>
        <source>ECE (debiased)</source>
        <translation>ECE (entzerrt)</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="36"/>
        <source>Macro AUROC</source>
        <translation>Makro-AUROC</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="44"/>
        <source>Mean IoU</source>
        <translation>Mittlere IoU</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="46"/>
        <source>Frequency-weighted IoU</source>
        <translation>Häufigkeitsgewichtete IoU</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="48"/>
        <source>Mean Dice</source>
        <translation>Mittlerer Dice</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="50"/>
        <source>Subset accuracy</source>
        <translation>Teilmengen-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="52"/>
        <source>Hamming loss</source>
        <translation>Hamming-Verlust</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="54"/>
        <source>Micro F1</source>
        <translation>Mikro-F1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="56"/>
        <source>Samples F1</source>
        <translation>F1 je Beispiel (Mittel)</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="58"/>
        <source>Micro precision</source>
        <translation>Mikro-Präzision</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="60"/>
        <source>Micro recall</source>
        <translation>Mikro-Trefferquote</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="62"/>
        <source>Mean average precision</source>
        <translation>Mittlere Average Precision</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="64"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="66"/>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="68"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="70"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="72"/>
        <source>Max error</source>
        <translation>Maximaler Fehler</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="74"/>
        <source>Mean bias</source>
        <translation>Mittlere Verzerrung</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="93"/>
        <source>Wilson</source>
        <translation>Wilson</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="112"/>
        <source>Poisson bootstrap</source>
        <translation>Poisson-Bootstrap</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="114"/>
        <source>Jackknife, logit scale</source>
        <translation>Jackknife, Logit-Skala</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="127"/>
        <source>Interval for the population ECE; conservative (holds it with at least the stated probability); the plug-in ECE is biased upwards, see ECE (debiased).</source>
        <translation>Intervall für den ECE der Grundgesamtheit; konservativ (enthält ihn mindestens mit der angegebenen Wahrscheinlichkeit); der Plug-in-ECE ist nach oben verzerrt, siehe ECE (entzerrt).</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="143"/>
        <source>label %1 (%2)</source>
        <translation>Label %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="145"/>
        <source>class %1 (%2)</source>
        <translation>Klasse %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="147"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="147"/>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="158"/>
        <source>no samples</source>
        <translation>keine Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="160"/>
        <source>fewer than 2 samples</source>
        <translation>weniger als 2 Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="162"/>
        <source>the class is never predicted</source>
        <translation>die Klasse wird nie vorhergesagt</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="164"/>
        <source>the class has no samples</source>
        <translation>die Klasse hat keine Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="166"/>
        <source>the class has no samples and is never predicted</source>
        <translation>die Klasse hat keine Beispiele und wird nie vorhergesagt</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="168"/>
        <source>no positive sample</source>
        <translation>kein positives Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="170"/>
        <source>no negative sample</source>
        <translation>kein negatives Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="172"/>
        <source>no class has both positive and negative samples</source>
        <translation>keine Klasse hat sowohl positive als auch negative Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="174"/>
        <source>the scores do not vary, so the variance is 0</source>
        <translation>die Scores streuen nicht, die Varianz ist also 0</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="176"/>
        <source>the covariance between classes was not computed</source>
        <translation>die Kovarianz zwischen den Klassen wurde nicht berechnet</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="190"/>
        <source>%1 has only %2 samples (fewer than %3): the interval of an average over classes would not be reliable</source>
        <translation>%1 hat nur %2 Beispiele (weniger als %3): Das Intervall eines Mittels über die Klassen wäre nicht verlässlich</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="194"/>
        <source>%1 has only %2 predictions (fewer than %3): the interval of an average over classes would not be reliable</source>
        <translation>%1 hat nur %2 Vorhersagen (weniger als %3): Das Intervall eines Mittels über die Klassen wäre nicht verlässlich</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="197"/>
        <source>%1 has only %2 samples or predictions (fewer than %3): the interval of an average over classes would not be reliable</source>
        <translation>%1 hat nur %2 Beispiele oder Vorhersagen (weniger als %3): Das Intervall eines Mittels über die Klassen wäre nicht verlässlich</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="206"/>
        <source>only %1 samples (fewer than %2): the paired bootstrap would not be reliable</source>
        <translation>nur %1 Beispiele (weniger als %2): Der gepaarte Bootstrap wäre nicht verlässlich</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="212"/>
        <source>the class has only %1 samples or predictions (fewer than %2)</source>
        <translation>die Klasse hat nur %1 Beispiele oder Vorhersagen (weniger als %2)</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="222"/>
        <source>the metric is undefined on these samples</source>
        <translation>die Metrik ist auf diesen Beispielen nicht definiert</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="223"/>
        <source>the metric is undefined in most bootstrap replicates</source>
        <translation>die Metrik ist in den meisten Bootstrap-Wiederholungen nicht definiert</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="224"/>
        <source>elements of one sample are not independent, and this metric has no sample-level interval</source>
        <translation>die Elemente eines Beispiels sind nicht unabhängig, und diese Metrik hat kein Intervall auf Ebene der Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="226"/>
        <source>the label is never predicted</source>
        <translation>das Label wird nie vorhergesagt</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="227"/>
        <source>the label has no positive sample</source>
        <translation>das Label hat kein positives Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="228"/>
        <source>the label has no positive sample and is never predicted</source>
        <translation>das Label hat kein positives Beispiel und wird nie vorhergesagt</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="229"/>
        <source>the label has no positive or no negative sample</source>
        <translation>das Label hat kein positives oder kein negatives Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="230"/>
        <source>no ROC histogram (--auroc-bins 0)</source>
        <translation>kein ROC-Histogramm (--auroc-bins 0)</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="231"/>
        <source>no interval is computed for a binned average precision</source>
        <translation>für eine gebinnte Average Precision wird kein Intervall berechnet</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="233"/>
        <source>the class has no positive sample</source>
        <translation>die Klasse hat kein positives Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="234"/>
        <source>the class has no negative sample</source>
        <translation>die Klasse hat kein negatives Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="235"/>
        <source>the label has no negative sample</source>
        <translation>das Label hat kein negatives Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="236"/>
        <source>every positive sample scores above every negative one, so the variance is 0</source>
        <translation>jedes positive Beispiel hat einen höheren Score als jedes negative, die Varianz ist also 0</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="238"/>
        <source>the labels&apos; estimates are correlated; no interval is computed for their mean</source>
        <translation>die Schätzungen der Labels sind korreliert; für ihr Mittel wird kein Intervall berechnet</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="240"/>
        <source>the largest error is an extreme value; the bootstrap gives no valid interval for it</source>
        <translation>der größte Fehler ist ein Extremwert; der Bootstrap liefert dafür kein gültiges Intervall</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="250"/>
        <source>fewer than %1 samples (%2): a bootstrap interval would not cover</source>
        <translation>weniger als %1 Beispiele (%2): ein Bootstrap-Intervall würde nicht überdecken</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="257"/>
        <source>the class has fewer than %1 positive samples</source>
        <translation>die Klasse hat weniger als %1 positive Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="258"/>
        <source>the label has fewer than %1 positive samples</source>
        <translation>das Label hat weniger als %1 positive Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="110"/>
        <source>Normal</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="104"/>
        <source>DeLong</source>
        <translation>DeLong</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="95"/>
        <source>BCa bootstrap</source>
        <translation>BCa-Bootstrap</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="98"/>
        <source>Percentile bootstrap</source>
        <translation>Perzentil-Bootstrap</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="100"/>
        <source>Hall (skewness-corrected)</source>
        <translation>Hall (schiefekorrigiert)</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="102"/>
        <source>Newcombe score interval</source>
        <translation>Newcombe-Score-Intervall</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="106"/>
        <source>Conservative bound</source>
        <translation>Konservative Schranke</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="108"/>
        <source>Bonett–Price</source>
        <translation>Bonett–Price</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="116"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="158"/>
        <source>ECE: %1</source>
        <translation>ECE: %1</translation>
    </message>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="167"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="169"/>
        <source>Interval method</source>
        <translation>Intervallmethode</translation>
    </message>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="174"/>
        <source>%1% interval</source>
        <translation>%1-%-Intervall</translation>
    </message>
</context>
<context>
    <name>MistakesSection</name>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="34"/>
        <source>Only a classification result (one class per sample) has mistakes to list here.</source>
        <translation>Nur ein Klassifikationsergebnis (eine Klasse je Beispiel) hat Fehler, die sich hier auflisten lassen.</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="39"/>
        <source>This result has no per-sample records, so its mistakes cannot be listed. Run the evaluation with “Save per-sample predictions” (--save-predictions).</source>
        <translation>Dieses Ergebnis hat keine Einzelergebnisse je Beispiel, daher lassen sich seine Fehler nicht auflisten. Starten Sie die Auswertung mit „Vorhersagen je Beispiel speichern“ (--save-predictions).</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="48"/>
        <source>The per-sample records cannot be used: %1</source>
        <translation>Die Einzelergebnisse je Beispiel sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="79"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="80"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="82"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="104"/>
        <source>Most confident mistakes per class: %1</source>
        <translation>Sicherste Fehler je Klasse: %1</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="105"/>
        <source>Most confident mistakes per class</source>
        <translation>Sicherste Fehler je Klasse</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="113"/>
        <source>This model makes no mistake.</source>
        <translation>Dieses Modell macht keinen Fehler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/mistakessection.cpp" line="117"/>
        <source>Per true class, the %n most confident mistake(s): the input as the model saw it, the sample&apos;s index, the predicted class and its probability. Classes without mistakes are left out.</source>
        <translation>
            <numerusform>Je wahrer Klasse der %n sicherste Fehler: die Eingabe, wie das Modell sie sah, der Index des Beispiels, die vorhergesagte Klasse und ihre Wahrscheinlichkeit. Klassen ohne Fehler sind ausgelassen.</numerusform>
            <numerusform>Je wahrer Klasse die %n sichersten Fehler: die Eingabe, wie das Modell sie sah, der Index des Beispiels, die vorhergesagte Klasse und ihre Wahrscheinlichkeit. Klassen ohne Fehler sind ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/mistakessection.cpp" line="124"/>
        <source>True class %1: %n mistake(s)</source>
        <translation>
            <numerusform>Wahre Klasse %1: %n Fehler</numerusform>
            <numerusform>Wahre Klasse %1: %n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSection</name>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="98"/>
        <source>Model %1 of %2: %3</source>
        <translation>Modell %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="103"/>
        <source>Checkpoint: %1
SHA-256: %2
Evaluated samples: %3</source>
        <translation>Checkpoint: %1
SHA-256: %2
Ausgewertete Beispiele: %3</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="128"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="131"/>
        <source>Counts of (true class, predicted class) on a logarithmic colour scale; white cells are zero. Rows: true class; columns: predicted class.</source>
        <translation>Anzahlen je (wahre Klasse, vorhergesagte Klasse) auf logarithmischer Farbskala; weiße Zellen sind null. Zeilen: wahre Klasse; Spalten: vorhergesagte Klasse.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="134"/>
        <source>Counts of (true class, predicted class). Rows: true class; columns: predicted class.</source>
        <translation>Anzahlen je (wahre Klasse, vorhergesagte Klasse). Zeilen: wahre Klasse; Spalten: vorhergesagte Klasse.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="137"/>
        <source>Each evaluated element (pixel, token) is one count.</source>
        <translation>Jedes ausgewertete Element (Pixel, Token) zählt einmal.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="147"/>
        <source>Per-label %1</source>
        <translation>%1 je Label</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="147"/>
        <source>Per-class %1</source>
        <translation>%1 je Klasse</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="153"/>
        <source>The %1 labels with the lowest %2 of %3, with their %4% intervals (%5); no error bar where a label has no interval. Every label is in the table below.</source>
        <translation>Die %1 Labels mit dem niedrigsten %2 von %3, mit ihren %4-%-Intervallen (%5); kein Fehlerbalken, wo ein Label kein Intervall hat. Alle Labels stehen in der Tabelle darunter.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="156"/>
        <source>The %1 classes with the lowest %2 of %3, with their %4% intervals (%5); no error bar where a class has no interval. Every class is in the table below.</source>
        <translation>Die %1 Klassen mit dem niedrigsten %2 von %3, mit ihren %4-%-Intervallen (%5); kein Fehlerbalken, wo eine Klasse kein Intervall hat. Alle Klassen stehen in der Tabelle darunter.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="165"/>
        <source>%1 of each label with its %2% interval (%3); no error bar where a label has no interval.</source>
        <translation>%1 jedes Labels mit seinem %2-%-Intervall (%3); kein Fehlerbalken, wo ein Label kein Intervall hat.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="167"/>
        <source>%1 of each class with its %2% interval (%3); no error bar where a class has no interval.</source>
        <translation>%1 jeder Klasse mit ihrem %2-%-Intervall (%3); kein Fehlerbalken, wo eine Klasse kein Intervall hat.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="174"/>
        <source>Per-label metrics</source>
        <translation>Metriken je Label</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="174"/>
        <source>Per-class metrics</source>
        <translation>Metriken je Klasse</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="190"/>
        <source>Per-target metrics</source>
        <translation>Metriken je Zielgröße</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="196"/>
        <source>e = prediction − target; the results&apos; metrics are the uniform average over the targets. Intervals at %1% confidence.</source>
        <translation>e = Vorhersage − Zielwert; die Metriken des Ergebnisses sind das ungewichtete Mittel über die Zielgrößen. Intervalle bei %1 % Konfidenz.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="204"/>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="206"/>
        <source>Reliability diagram: accuracy and mean confidence in 15 equal-width confidence bins of the evaluated elements; below, the elements per bin.</source>
        <translation>Zuverlässigkeitsdiagramm: Genauigkeit und mittlere Konfidenz der ausgewerteten Elemente in 15 gleich breiten Konfidenzintervallen; darunter die Elemente je Intervall.</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="209"/>
        <source>Reliability diagram: accuracy and mean confidence in 15 equal-width confidence bins; below, the samples per bin.</source>
        <translation>Zuverlässigkeitsdiagramm: Genauigkeit und mittlere Konfidenz in 15 gleich breiten Konfidenzintervallen; darunter die Beispiele je Intervall.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../gui/export/pdfdocument.cpp" line="147"/>
        <location filename="../gui/export/pdfdocument.cpp" line="178"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/export/pdfdocument.cpp" line="166"/>
        <source>Cannot write &apos;%1&apos;: the PDF could not be started.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../gui/export/pdfdocument.cpp" line="443"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PerClassPlot</name>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="22"/>
        <location filename="../gui/plots/perclassplot.cpp" line="60"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="60"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="124"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="126"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="128"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="130"/>
        <source>Average precision</source>
        <translation>Average Precision</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="134"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="239"/>
        <source>%1 (label %2)
Positives: %3 · predicted: %4
F1: %5
Precision: %6
Recall: %7
AUROC: %8
Average precision: %9</source>
        <translation>%1 (Label %2)
Positive: %3 · vorhergesagt: %4
F1: %5
Präzision: %6
Trefferquote: %7
AUROC: %8
Average Precision: %9</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="249"/>
        <source>%1 (class %2)
Support: %3 · predicted: %4
F1: %5
Precision: %6
Recall: %7
AUROC: %8</source>
        <translation>%1 (Klasse %2)
Stützung: %3 · vorhergesagt: %4
F1: %5
Präzision: %6
Trefferquote: %7
AUROC: %8</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="258"/>
        <source>IoU: %1</source>
        <translation>IoU: %1</translation>
    </message>
</context>
<context>
    <name>PerClassTableModel</name>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="152"/>
        <source>Interval method: %1</source>
        <translation>Intervallmethode: %1</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="160"/>
        <source>Samples that carry the label</source>
        <translation>Beispiele, die das Label tragen</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="163"/>
        <source>Average precision of the binned scores (one-vs-rest)</source>
        <translation>Average Precision der gebinnten Scores (eine Klasse gegen den Rest)</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="168"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="170"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="170"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="172"/>
        <source>Support</source>
        <translation>Stützung</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="172"/>
        <source>Positives</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="174"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="176"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="178"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="180"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="182"/>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="184"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="186"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="188"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
</context>
<context>
    <name>PerClassView</name>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="114"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="117"/>
        <location filename="../gui/results/perclassview.cpp" line="121"/>
        <source>Average precision</source>
        <translation>Average Precision</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="118"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="119"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="27"/>
        <location filename="../gui/results/perclassview.cpp" line="127"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="28"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="29"/>
        <source>Support</source>
        <translation>Stützung</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="30"/>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="33"/>
        <location filename="../gui/results/perclassview.cpp" line="128"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="34"/>
        <source>Worst</source>
        <translation>Schlechteste</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="35"/>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="61"/>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="64"/>
        <source>Sort by:</source>
        <translation>Sortieren nach:</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="68"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="113"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="127"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="128"/>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
</context>
<context>
    <name>PerTargetTableModel</name>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="133"/>
        <source>Interval method: %1</source>
        <translation>Intervallmethode: %1</translation>
    </message>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="140"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="142"/>
        <source>Target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="144"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
</context>
<context>
    <name>PerTargetView</name>
    <message>
        <location filename="../gui/results/pertargetview.cpp" line="51"/>
        <source>Each target&apos;s errors (e = prediction − target) with %1% intervals; the summary&apos;s metrics are their uniform average.</source>
        <translation>Die Fehler jeder Zielgröße (e = Vorhersage − Zielwert) mit %1-%-Intervallen; die Metriken der Übersicht sind ihr ungewichtetes Mittel.</translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="25"/>
        <location filename="../gui/export/plotexporter.cpp" line="60"/>
        <location filename="../gui/export/plotexporter.cpp" line="93"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="54"/>
        <source>The plot could not be rendered to PNG.</source>
        <translation>Das Diagramm konnte nicht als PNG gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="79"/>
        <source>Exported by disteval</source>
        <translation>Exportiert von disteval</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="83"/>
        <source>The plot could not be rendered to SVG.</source>
        <translation>Das Diagramm konnte nicht als SVG gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="108"/>
        <source>Unknown image format &apos;%1&apos;: use .png or .svg.</source>
        <translation>Unbekanntes Bildformat &apos;%1&apos;: .png oder .svg verwenden.</translation>
    </message>
</context>
<context>
    <name>ProgressServer</name>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="54"/>
        <source>The progress socket cannot be opened: %1</source>
        <translation>Der Fortschritts-Socket kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="100"/>
        <source>A second connection to the progress socket was refused.</source>
        <translation>Eine zweite Verbindung zum Fortschritts-Socket wurde abgewiesen.</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="142"/>
        <source>The progress connection sent an invalid first message; the run was stopped.</source>
        <translation>Die Fortschrittsverbindung hat eine ungültige erste Nachricht gesendet; der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="146"/>
        <source>Ignored a malformed progress message (%1): %2</source>
        <translation>Fehlerhafte Fortschrittsnachricht ignoriert (%1): %2</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="154"/>
        <source>The progress connection did not start with a hello message; the run was stopped.</source>
        <translation>Die Fortschrittsverbindung begann nicht mit einer Hello-Nachricht; der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="161"/>
        <source>The progress connection presented a wrong token, so it does not belong to this run; the run was stopped.</source>
        <translation>Die Fortschrittsverbindung hat ein falsches Token vorgelegt und gehört daher nicht zu diesem Lauf; der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="168"/>
        <source>The engine speaks progress protocol version %1, this app version %2. Install matching versions of disteval and disteval-engine.</source>
        <translation>Die Engine spricht Fortschrittsprotokoll-Version %1, diese App Version %2. Zueinander passende Versionen von disteval und disteval-engine installieren.</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="177"/>
        <source>Ignored a repeated hello message.</source>
        <translation>Wiederholte Hello-Nachricht ignoriert.</translation>
    </message>
</context>
<context>
    <name>RanksTableModel</name>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="95"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="97"/>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="99"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="101"/>
        <source>First index</source>
        <translation>Erster Index</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="103"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="105"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="107"/>
        <source>Samples/s</source>
        <translation>Beispiele/s</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="130"/>
        <source>Coverage: the dataset is empty, and no rank evaluated a sample.</source>
        <translation>Abdeckung: Der Datensatz ist leer, und kein Rank hat ein Beispiel ausgewertet.</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="131"/>
        <source>Coverage: the %1 ranks evaluated %2 samples, indices 0 to %3 each exactly once, which is the whole dataset (%4 samples).</source>
        <translation>Abdeckung: Die %1 Ranks haben %2 Beispiele ausgewertet, die Indizes 0 bis %3 je genau einmal, also den ganzen Datensatz (%4 Beispiele).</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="136"/>
        <source>Coverage problem: sample %1 was not evaluated (%2 samples evaluated, the dataset has %3).</source>
        <translation>Abdeckungsproblem: Beispiel %1 wurde nicht ausgewertet (%2 Beispiele ausgewertet, der Datensatz hat %3).</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="139"/>
        <source>Coverage problem: samples %1 to %2 were not evaluated (%3 samples evaluated, the dataset has %4).</source>
        <translation>Abdeckungsproblem: Die Beispiele %1 bis %2 wurden nicht ausgewertet (%3 Beispiele ausgewertet, der Datensatz hat %4).</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="143"/>
        <source>Coverage problem: the ranks&apos; shards overlap, so sample %1 was evaluated more than once (%2 samples evaluated, the dataset has %3).</source>
        <translation>Abdeckungsproblem: Die Shards der Ranks überlappen, daher wurde Beispiel %1 mehr als einmal ausgewertet (%2 Beispiele ausgewertet, der Datensatz hat %3).</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="147"/>
        <source>Coverage problem: the ranks&apos; shards overlap, so samples %1 to %2 were evaluated more than once (%3 samples evaluated, the dataset has %4).</source>
        <translation>Abdeckungsproblem: Die Shards der Ranks überlappen, daher wurden die Beispiele %1 bis %2 mehr als einmal ausgewertet (%3 Beispiele ausgewertet, der Datensatz hat %4).</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="152"/>
        <source>Coverage problem: the ranks evaluated %1 samples, but the dataset has %2.</source>
        <translation>Abdeckungsproblem: Die Ranks haben %1 Beispiele ausgewertet, der Datensatz hat aber %2.</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="157"/>
        <source>Coverage problem: a rank&apos;s shard has a negative first index or count.</source>
        <translation>Abdeckungsproblem: Der Shard eines Ranks hat einen negativen ersten Index oder eine negative Anzahl.</translation>
    </message>
</context>
<context>
    <name>RegressionView</name>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="32"/>
        <source>Target:</source>
        <translation>Zielgröße:</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="77"/>
        <source>No per-sample records of a regression.</source>
        <translation>Keine Einzelergebnisse einer Regression.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/samples/regressionview.cpp" line="94"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="96"/>
        <source>%1 left out (a value that is not finite)</source>
        <translation>%1 ausgelassen (ein Wert ist nicht endlich)</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="114"/>
        <location filename="../gui/samples/regressionview.cpp" line="143"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="118"/>
        <source>Prediction = target</source>
        <translation>Vorhersage = Zielwert</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="119"/>
        <source>True value</source>
        <translation>Wahrer Wert</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="120"/>
        <source>Predicted value</source>
        <translation>Vorhergesagter Wert</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="142"/>
        <source>Residual (prediction - target)</source>
        <translation>Residuum (Vorhersage − Zielwert)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="42"/>
        <source>Evaluation report</source>
        <translation>Evaluierungsbericht</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="61"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="100"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="108"/>
        <source>Ranks</source>
        <translation>Ranks</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="91"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="46"/>
        <source>%1 samples, %2, %3 model(s), evaluated on %4 rank(s) on %5 with disteval-engine %6. Report written by disteval %7 on %8.</source>
        <translation>%1 Beispiele, %2, %3 Modell(e), ausgewertet auf %4 Rank(s) am %5 mit disteval-engine %6. Bericht erstellt von disteval %7 am %8.</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="76"/>
        <source>Intervals are two-sided at %1% confidence, computed by the method in the last column; bootstrap intervals use %2 replicates. n/a marks an undefined value or an interval that is not given, with the reason below the table.</source>
        <translation>Die Intervalle sind zweiseitig bei %1 % Konfidenz, berechnet mit der Methode in der letzten Spalte; Bootstrap-Intervalle verwenden %2 Wiederholungen. n. v. kennzeichnet einen undefinierten Wert oder ein nicht angegebenes Intervall, mit dem Grund unter der Tabelle.</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="138"/>
        <source>disteval report: %1</source>
        <translation>disteval-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="139"/>
        <source>disteval report · %1</source>
        <translation>disteval-Bericht · %1</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <location filename="../gui/export/resultexport.cpp" line="46"/>
        <source>Unknown report format &apos;%1&apos;: use .pdf or .csv.</source>
        <translation>Unbekanntes Berichtsformat &apos;%1&apos;: .pdf oder .csv verwenden.</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="12"/>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="26"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="46"/>
        <source>%1 (no interval: %2)</source>
        <translation>%1 (kein Intervall: %2)</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="58"/>
        <source>No interval</source>
        <translation>Kein Intervall</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="59"/>
        <source>No interval: %1</source>
        <translation>Kein Intervall: %1</translation>
    </message>
</context>
<context>
    <name>ResultLoader</name>
    <message>
        <location filename="../gui/common/resultloader.cpp" line="14"/>
        <location filename="../gui/common/resultloader.cpp" line="18"/>
        <source>The result file cannot be opened: %1</source>
        <translation>Die Ergebnisdatei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ResultSummaryView</name>
    <message>
        <location filename="../gui/results/resultsummaryview.cpp" line="33"/>
        <location filename="../gui/results/resultsummaryview.cpp" line="133"/>
        <source>No result open. Run an evaluation, or open a result file.</source>
        <translation>Kein Ergebnis geöffnet. Eine Evaluierung starten oder eine Ergebnisdatei öffnen.</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsummaryview.cpp" line="138"/>
        <source>%1
Dataset: %2 (%3 samples, %4) · %5 rank(s) · engine %6 · %7
Intervals: %8% confidence, %9 bootstrap replicates.</source>
        <translation>%1
Datensatz: %2 (%3 Beispiele, %4) · %5 Rank(s) · Engine %6 · %7
Intervalle: %8 % Konfidenz, %9 Bootstrap-Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsummaryview.cpp" line="171"/>
        <source>Warnings from the engine:
%1</source>
        <translation>Warnungen der Engine:
%1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="37"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="40"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="45"/>
        <source>Export &amp;Report...</source>
        <translation>&amp;Bericht exportieren...</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="48"/>
        <source>Save the whole result as a PDF report or as CSV tables</source>
        <translation>Das ganze Ergebnis als PDF-Bericht oder als CSV-Tabellen speichern</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="49"/>
        <source>Export &amp;Plot...</source>
        <translation>&amp;Diagramm exportieren...</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="51"/>
        <source>Save the plot shown as PNG or SVG</source>
        <translation>Das angezeigte Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="52"/>
        <source>&amp;Copy Plot</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="54"/>
        <source>Copy the plot shown to the clipboard as an image</source>
        <translation>Das angezeigte Diagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="73"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="74"/>
        <source>Confusion Matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="75"/>
        <location filename="../gui/results/resultsview.cpp" line="181"/>
        <source>Per Class</source>
        <translation>Je Klasse</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="76"/>
        <source>Per Target</source>
        <translation>Je Zielgröße</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="77"/>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="78"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="79"/>
        <source>Predicted vs True</source>
        <translation>Vorhersage gegen Wahrheit</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="80"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="181"/>
        <source>Per Label</source>
        <translation>Je Label</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="229"/>
        <source>No result is open.</source>
        <translation>Es ist kein Ergebnis geöffnet.</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="240"/>
        <source>Choose a plot tab first.</source>
        <translation>Wählen Sie zuerst einen Diagramm-Reiter.</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="264"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="267"/>
        <location filename="../gui/results/resultsview.cpp" line="293"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="290"/>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="300"/>
        <source>The plot was copied to the clipboard.</source>
        <translation>Das Diagramm wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="103"/>
        <source>Choose at least one model checkpoint.</source>
        <translation>Mindestens einen Modell-Checkpoint wählen.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="108"/>
        <source>Choose a dataset.</source>
        <translation>Einen Datensatz wählen.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="138"/>
        <source>mpirun was not found. Install Open MPI, or set the path of mpirun under Advanced.</source>
        <translation>mpirun wurde nicht gefunden. Open MPI installieren oder den Pfad zu mpirun unter „Erweitert“ angeben.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="140"/>
        <source>mpirun was not found at %1. Install Open MPI, or correct the path of mpirun under Advanced.</source>
        <translation>mpirun wurde unter %1 nicht gefunden. Open MPI installieren oder den Pfad zu mpirun unter „Erweitert“ korrigieren.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="151"/>
        <source>disteval-engine was not found at %1. Correct its path under Advanced.</source>
        <translation>disteval-engine wurde unter %1 nicht gefunden. Den Pfad unter „Erweitert“ korrigieren.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="160"/>
        <source>The output folder %1 cannot be created.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="217"/>
        <source>Cancelling the run...</source>
        <translation>Lauf wird abgebrochen...</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="203"/>
        <source>The job did not stop in time; stopping it forcibly.</source>
        <translation>Der Auftrag hat nicht rechtzeitig angehalten; er wird zwangsweise beendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/run/runcontroller.cpp" line="333"/>
        <source>disteval-engine %1: %n rank(s), %2 samples, %3 model(s).</source>
        <translation>
            <numerusform>disteval-engine %1: %n Rank, %2 Beispiele, %3 Modell(e).</numerusform>
            <numerusform>disteval-engine %1: %n Ranks, %2 Beispiele, %3 Modell(e).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="351"/>
        <source>Ignored progress for rank %1, which is not part of the run.</source>
        <translation>Fortschritt für Rank %1 ignoriert, der nicht zu diesem Lauf gehört.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="359"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="365"/>
        <source>Result written to %1</source>
        <translation>Ergebnis geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="29"/>
        <source>Rank %1: %2</source>
        <translation>Rank %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="374"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="396"/>
        <source>mpirun could not be started: %1</source>
        <translation>mpirun konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="433"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="460"/>
        <source>Last output of the job:</source>
        <translation>Letzte Ausgabe des Auftrags:</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="445"/>
        <source>The run finished.</source>
        <translation>Der Lauf ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="464"/>
        <source>The engine finished without reporting a result.</source>
        <translation>Die Engine wurde beendet, ohne ein Ergebnis zu melden.</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="470"/>
        <source>mpirun stopped unexpectedly (it crashed or was killed).</source>
        <translation>mpirun wurde unerwartet beendet (abgestürzt oder abgebrochen).</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="486"/>
        <source>Rank %1 crashed (%2).</source>
        <translation>Rank %1 ist abgestürzt (%2).</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="225"/>
        <source>The job goes on in the background; its result will be written to %1.</source>
        <translation>Der Auftrag läuft im Hintergrund weiter; sein Ergebnis wird nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../gui/history/runhistory.cpp" line="76"/>
        <source>Cannot copy %1 into the run history: %2</source>
        <translation>%1 kann nicht in den Verlauf kopiert werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/history/runhistory.cpp" line="283"/>
        <source>The run history folder %1 cannot be created.</source>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../gui/history/runhistory.cpp" line="289"/>
        <source>The run history folder %1 cannot be written.</source>
        <translation>In den Verlaufsordner %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>RunSetupWidget</name>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="40"/>
        <source>Model checkpoints</source>
        <translation>Modell-Checkpoints</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="47"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="49"/>
        <source>File...</source>
        <translation>Datei...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="50"/>
        <source>Folder...</source>
        <translation>Ordner...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="51"/>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="53"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="115"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="147"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="151"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="54"/>
        <source>Class &amp;names:</source>
        <translation>Klassen&amp;namen:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="56"/>
        <source>optional, one name per line</source>
        <translation>optional, ein Name pro Zeile</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="57"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="369"/>
        <source>No dataset chosen.</source>
        <translation>Kein Datensatz gewählt.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="68"/>
        <source>Custom metrics</source>
        <translation>Eigene Metriken</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="78"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="83"/>
        <source>Number of MPI processes (mpirun -np).</source>
        <translation>Anzahl der MPI-Prozesse (mpirun -np).</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="89"/>
        <source>&amp;Ranks:</source>
        <translation>&amp;Ranks:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="94"/>
        <source>Automatic (GPU if available)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="95"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="96"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="97"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="101"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="106"/>
        <source>Bootstrap replicates for the intervals of F1 and the other metrics that are not simple proportions (0: none).</source>
        <translation>Bootstrap-Wiederholungen für die Intervalle von F1 und den anderen Metriken, die keine einfachen Anteile sind (0: keine).</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="108"/>
        <source>Boots&amp;trap replicates:</source>
        <translation>Boots&amp;trap-Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="114"/>
        <source>&amp;Confidence level:</source>
        <translation>&amp;Konfidenzniveau:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="116"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="120"/>
        <source>Where the result file is written; when empty, %1.</source>
        <translation>Wohin die Ergebnisdatei geschrieben wird; wenn leer, nach %1.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="128"/>
        <source>Also write every sample&apos;s record next to the result (its prediction, and by task its confidence and loss, IoU, label sets or residual), for the Samples tab. For classification with one class per sample also the predicted classes, so that this run can later be compared pairwise with another run of the same data in the History tab.</source>
        <translation>Zusätzlich das Einzelergebnis jedes Beispiels neben das Ergebnis schreiben (seine Vorhersage und je nach Aufgabe Konfidenz und Verlust, IoU, Label-Mengen oder Residuum), für den Reiter „Beispiele“. Bei der Klassifikation mit einer Klasse je Beispiel auch die vorhergesagten Klassen, damit dieser Lauf später im Reiter „Verlauf“ gepaart mit einem anderen Lauf auf denselben Daten verglichen werden kann.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="139"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="148"/>
        <source>&amp;mpirun:</source>
        <translation>&amp;mpirun:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="150"/>
        <source>found on the PATH</source>
        <translation>wird im PATH gesucht</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="152"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="154"/>
        <source>beside the app, in the build tree, then on the PATH</source>
        <translation>neben der App, im Build-Verzeichnis, dann im PATH</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="157"/>
        <source>e.g. --hostfile hosts.txt</source>
        <translation>z. B. --hostfile hosts.txt</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="158"/>
        <source>Passed to mpirun before the engine. Use double quotes for arguments with spaces.</source>
        <translation>Werden vor der Engine an mpirun übergeben. Argumente mit Leerzeichen in doppelte Anführungszeichen setzen.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="160"/>
        <source>E&amp;xtra mpirun arguments:</source>
        <translation>&amp;Zusätzliche mpirun-Argumente:</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="161"/>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="163"/>
        <source>Copies the equivalent mpirun command line, to run the same evaluation elsewhere (e.g. on a cluster) and open its result here later.</source>
        <translation>Kopiert die entsprechende mpirun-Befehlszeile, um dieselbe Evaluierung anderswo (z. B. auf einem Cluster) auszuführen und ihr Ergebnis später hier zu öffnen.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="166"/>
        <source>Slurm Script...</source>
        <translation>Slurm-Skript...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="168"/>
        <source>A Slurm batch script (sbatch) for this set-up, for the nodes, tasks and GPUs you choose; its result opens here later.</source>
        <translation>Ein Slurm-Batch-Skript (sbatch) für diese Einrichtung, für die Knoten, Tasks und GPUs Ihrer Wahl; sein Ergebnis öffnet sich später hier.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="201"/>
        <source>engine not available</source>
        <translation>Engine nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="203"/>
        <source>disteval-engine does not answer: %1</source>
        <translation>disteval-engine antwortet nicht: %1</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="324"/>
        <source>engine not found</source>
        <translation>Engine nicht gefunden</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="329"/>
        <source>asking the engine...</source>
        <translation>Engine wird befragt...</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/setup/runsetupwidget.cpp" line="350"/>
        <source>%n GPU(s), %1 CPU cores</source>
        <translation>
            <numerusform>%n GPU, %1 CPU-Kerne</numerusform>
            <numerusform>%n GPUs, %1 CPU-Kerne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="351"/>
        <source>no GPU, %1 CPU cores</source>
        <translation>keine GPU, %1 CPU-Kerne</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="353"/>
        <source>disteval-engine %1</source>
        <translation>disteval-engine %1</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="375"/>
        <source>disteval-engine was not found, so the dataset cannot be checked. Set its path under Advanced.</source>
        <translation>disteval-engine wurde nicht gefunden, daher kann der Datensatz nicht geprüft werden. Den Pfad unter „Erweitert“ angeben.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="383"/>
        <source>Checking the dataset...</source>
        <translation>Datensatz wird geprüft...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="410"/>
        <source>The class-names file does not fit this dataset.</source>
        <translation>Die Datei mit Klassennamen passt nicht zu diesem Datensatz.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="413"/>
        <source>This is not a dataset the engine can read.</source>
        <translation>Dies ist kein Datensatz, den die Engine lesen kann.</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="420"/>
        <source>Choose a dataset file</source>
        <translation>Datensatzdatei wählen</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="428"/>
        <source>Choose a dataset folder</source>
        <translation>Datensatzordner wählen</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="436"/>
        <source>Choose a class-names file</source>
        <translation>Datei mit Klassennamen wählen</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="438"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="445"/>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="453"/>
        <source>Locate mpirun</source>
        <translation>mpirun suchen</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="461"/>
        <source>Locate disteval-engine</source>
        <translation>disteval-engine suchen</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="123"/>
        <source>Save &amp;per-sample predictions</source>
        <translation>Vorhersagen je Beispiel s&amp;peichern</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../gui/run/runview.cpp" line="28"/>
        <source>No run yet. Set up a run on the left and press Run.</source>
        <translation>Noch kein Lauf. Links einen Lauf einrichten und „Starten“ drücken.</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="84"/>
        <source>The engine&apos;s output appears here.</source>
        <translation>Hier erscheint die Ausgabe der Engine.</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="149"/>
        <source>Starting mpirun...</source>
        <translation>mpirun wird gestartet...</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="153"/>
        <source>Waiting for the engine...</source>
        <translation>Warten auf die Engine...</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="156"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="159"/>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="163"/>
        <source>The run failed.</source>
        <translation>Der Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="166"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="190"/>
        <source>Rank %1</source>
        <translation>Rank %1</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="216"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="218"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="220"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="227"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="246"/>
        <source>Throughput: %1 samples/s    Elapsed: %2    Remaining: %3</source>
        <translation>Durchsatz: %1 Beispiele/s    Vergangen: %2    Verbleibend: %3</translation>
    </message>
</context>
<context>
    <name>SampleDetail</name>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="37"/>
        <source>Vocabulary…</source>
        <translation>Vokabular…</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="100"/>
        <source>Sample %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="104"/>
        <source>Sample %1 · true class %2 · loss %3</source>
        <translation>Beispiel %1 · wahre Klasse %2 · Verlust %3</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="123"/>
        <source>Show the token ids as words: choose a vocabulary file (one token per line; line i, counted from 0, is id i)</source>
        <translation>Die Token-IDs als Wörter zeigen: eine Vokabulardatei wählen (ein Token je Zeile; Zeile i, von 0 an gezählt, ist ID i)</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="125"/>
        <source>The token ids are shown with %1; choose another vocabulary file</source>
        <translation>Die Token-IDs werden mit %1 gezeigt; eine andere Vokabulardatei wählen</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="166"/>
        <source>(not finite)</source>
        <translation>(nicht endlich)</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="178"/>
        <source>Probability (top %1)</source>
        <translation>Wahrscheinlichkeit (beste %1)</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="81"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="82"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="94"/>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="96"/>
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="219"/>
        <source>%1, highest first</source>
        <translation>%1, absteigend</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="220"/>
        <source>%1, lowest first</source>
        <translation>%1, aufsteigend</translation>
    </message>
</context>
<context>
    <name>SampleRenderer</name>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="179"/>
        <source>This result has no per-sample records, so its samples cannot be shown.</source>
        <translation>Dieses Ergebnis hat keine Einzelergebnisse je Beispiel, daher lassen sich seine Beispiele nicht zeigen.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="193"/>
        <source>The dataset “%1” is not there any more (moved or deleted?), so the samples&apos; inputs cannot be shown.</source>
        <translation>Den Datensatz „%1“ gibt es nicht mehr (verschoben oder gelöscht?), daher lassen sich die Eingaben der Beispiele nicht zeigen.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="197"/>
        <source>The masks folder “%1” is not there any more (moved or deleted?), so the samples&apos; masks cannot be shown.</source>
        <translation>Den Maskenordner „%1“ gibt es nicht mehr (verschoben oder gelöscht?), daher lassen sich die Masken der Beispiele nicht zeigen.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="201"/>
        <location filename="../gui/common/samplerenderer.cpp" line="459"/>
        <source>The samples&apos; inputs cannot be shown: %1</source>
        <translation>Die Eingaben der Beispiele lassen sich nicht zeigen: %1</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="204"/>
        <source>The samples&apos; inputs cannot be shown: the folder “%1” cannot be created.</source>
        <translation>Die Eingaben der Beispiele lassen sich nicht zeigen: Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="244"/>
        <source>The vocabulary file “%1” does not exist.</source>
        <translation>Die Vokabulardatei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="246"/>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="248"/>
        <source>The vocabulary file “%1” is larger than 64 MiB.</source>
        <translation>Die Vokabulardatei „%1“ ist größer als 64 MiB.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="251"/>
        <source>The vocabulary file “%1” cannot be read.</source>
        <translation>Die Vokabulardatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="257"/>
        <source>The vocabulary file “%1” is empty: it needs one token per line.</source>
        <translation>Die Vokabulardatei „%1“ ist leer: sie braucht ein Token je Zeile.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="388"/>
        <source>a temporary folder cannot be created in “%1”.</source>
        <translation>in „%1“ kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="405"/>
        <source>disteval-engine (“%1”) could not be started: %2</source>
        <translation>disteval-engine („%1“) konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="413"/>
        <source>disteval-engine stopped unexpectedly. %1</source>
        <translation>disteval-engine wurde unerwartet beendet. %1</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="414"/>
        <source>disteval-engine failed (exit status %1): %2</source>
        <translation>disteval-engine ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="486"/>
        <source>disteval-engine did not finish within %1 s.</source>
        <translation>disteval-engine ist nicht innerhalb von %1 s fertig geworden.</translation>
    </message>
</context>
<context>
    <name>SampleSelection</name>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="150"/>
        <source>the runs evaluate different tasks</source>
        <translation>die Läufe werten verschiedene Aufgaben aus</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="152"/>
        <source>the runs have different numbers of samples (%1 and %2)</source>
        <translation>die Läufe haben unterschiedlich viele Beispiele (%1 und %2)</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="157"/>
        <source>the runs have different numbers of classes (%1 and %2)</source>
        <translation>die Läufe haben unterschiedlich viele Klassen (%1 und %2)</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="162"/>
        <source>the runs used different datasets (their fingerprints differ)</source>
        <translation>die Läufe haben verschiedene Datensätze verwendet (ihre Fingerabdrücke unterscheiden sich)</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="179"/>
        <location filename="../gui/models/sampleselection.cpp" line="223"/>
        <source>no such model in the records</source>
        <translation>dieses Modell ist nicht in den Einzelergebnissen</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="211"/>
        <source>the runs&apos; labels differ, so they are not the same samples</source>
        <translation>die Labels der Läufe unterscheiden sich, es sind also nicht dieselben Beispiele</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="142"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="149"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="149"/>
        <source>Mean IoU</source>
        <translation>Mittlere IoU</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="149"/>
        <source>Evaluated elements</source>
        <translation>Ausgewertete Elemente</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="153"/>
        <source>True labels</source>
        <translation>Wahre Labels</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="153"/>
        <source>Predicted labels</source>
        <translation>Vorhergesagte Labels</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="153"/>
        <source>Wrong labels</source>
        <translation>Falsche Labels</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="157"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="157"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="157"/>
        <source>Residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="176"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="178"/>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="195"/>
        <source>(not finite)</source>
        <translation>(nicht endlich)</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="240"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="244"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="253"/>
        <source>%1 · loss %2</source>
        <translation>%1 · Verlust %2</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="255"/>
        <source>residual %1</source>
        <translation>Residuum %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="259"/>
        <source>accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="259"/>
        <source>mean IoU %1</source>
        <translation>mittlere IoU %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/samples/sampletablemodel.cpp" line="262"/>
        <source>%n wrong label(s)</source>
        <translation>
            <numerusform>%n falsches Label</numerusform>
            <numerusform>%n falsche Labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="44"/>
        <source>All Cells</source>
        <translation>Alle Zellen</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="45"/>
        <source>List the samples of every confusion-matrix cell again</source>
        <translation>Wieder die Beispiele aller Zellen der Konfusionsmatrix auflisten</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="49"/>
        <source>Copy Indices</source>
        <translation>Indizes kopieren</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="50"/>
        <source>Copy the listed samples&apos; indices, in the table&apos;s order</source>
        <translation>Die Indizes der aufgelisteten Beispiele in der Reihenfolge der Tabelle kopieren</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="51"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="62"/>
        <source>True class:</source>
        <translation>Wahre Klasse:</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="67"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="122"/>
        <source>All samples</source>
        <translation>Alle Beispiele</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="126"/>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="127"/>
        <source>Most confident mistakes</source>
        <translation>Sicherste Fehler</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="128"/>
        <source>Least confident correct</source>
        <translation>Unsicherste richtige</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="130"/>
        <source>Right where another model is wrong:</source>
        <translation>Richtig, wo ein anderes Modell falsch liegt:</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="131"/>
        <source>Wrong where another model is right:</source>
        <translation>Falsch, wo ein anderes Modell richtig liegt:</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="140"/>
        <source>Every class</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="154"/>
        <source>No result is open.</source>
        <translation>Kein Ergebnis ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="157"/>
        <source>This result has no per-sample records. Run the evaluation with per-sample records on (the set-up&apos;s “Save per-sample predictions”, or --save-predictions) to see the samples behind its numbers.</source>
        <translation>Dieses Ergebnis hat keine Einzelergebnisse je Beispiel. Starten Sie die Auswertung mit Einzelergebnissen („Vorhersagen je Beispiel speichern“ in der Einrichtung oder --save-predictions), um die Beispiele hinter seinen Zahlen zu sehen.</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="163"/>
        <location filename="../gui/samples/samplesview.cpp" line="189"/>
        <source>The per-sample records cannot be used: %1</source>
        <translation>Die Einzelergebnisse je Beispiel sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="181"/>
        <source>Both runs need per-sample records (“Save per-sample predictions”) to list the samples they disagree on.</source>
        <translation>Beide Läufe brauchen Einzelergebnisse je Beispiel („Vorhersagen je Beispiel speichern“), um die Beispiele aufzulisten, bei denen sie uneins sind.</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="196"/>
        <source>The runs&apos; samples cannot be paired: %1</source>
        <translation>Die Beispiele der Läufe lassen sich nicht paaren: %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="343"/>
        <source>any class</source>
        <translation>jede Klasse</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="345"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="349"/>
        <source>True: %1 · Predicted: %2</source>
        <translation>Wahr: %1 · Vorhergesagt: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/samples/samplesview.cpp" line="395"/>
        <source>%n sample(s) listed of %1.</source>
        <translation>
            <numerusform>%n Beispiel von %1 aufgelistet.</numerusform>
            <numerusform>%n Beispiele von %1 aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="440"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="462"/>
        <location filename="../gui/samples/samplesview.cpp" line="468"/>
        <source>Vocabulary for the token ids</source>
        <translation>Vokabular für die Token-IDs</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="463"/>
        <source>Vocabularies (*.txt *.vocab);;All files (*)</source>
        <translation>Vokabulare (*.txt *.vocab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="476"/>
        <location filename="../gui/samples/samplesview.cpp" line="482"/>
        <source>Export Samples</source>
        <translation>Beispiele exportieren</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="477"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>SlurmScript</name>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="98"/>
        <source>Choose at least one model checkpoint.</source>
        <translation>Mindestens einen Modell-Checkpoint wählen.</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="100"/>
        <source>Choose a dataset.</source>
        <translation>Einen Datensatz wählen.</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="105"/>
        <source>The numbers of nodes, tasks, GPUs and CPUs are out of range.</source>
        <translation>Die Anzahlen der Knoten, Tasks, GPUs und CPUs liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="107"/>
        <source>Slurm does not read &quot;%1&quot; as a time limit: write minutes, hours:minutes:seconds or days-hours:minutes:seconds (e.g. 01:30:00).</source>
        <translation>Slurm liest „%1“ nicht als Zeitlimit: Schreiben Sie Minuten, Stunden:Minuten:Sekunden oder Tage-Stunden:Minuten:Sekunden (z. B. 01:30:00).</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="112"/>
        <source>&quot;%1&quot; is not a partition name: letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, several separated by commas.</source>
        <translation>„%1“ ist kein Partitionsname: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, mehrere durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>SlurmScriptDialog</name>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="37"/>
        <source>Slurm Batch Script</source>
        <translation>Slurm-Batch-Skript</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="59"/>
        <source>Ranks on each node (--ntasks-per-node); with GPUs, one per GPU.</source>
        <translation>Ranks auf jedem Knoten (--ntasks-per-node); mit GPUs einer je GPU.</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="63"/>
        <source>0 (CPU only)</source>
        <translation>0 (nur CPU)</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="64"/>
        <source>GPUs on each node (--gres=gpu:N, --device cuda); 0 runs on the CPU (--device cpu).</source>
        <translation>GPUs auf jedem Knoten (--gres=gpu:N, --device cuda); bei 0 läuft es auf der CPU (--device cpu).</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="68"/>
        <source>CPU cores of each rank (--cpus-per-task): its threads, including those that load the data.</source>
        <translation>CPU-Kerne jedes Ranks (--cpus-per-task): seine Threads, einschließlich derer, die die Daten laden.</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="72"/>
        <source>hours:minutes:seconds, e.g. 01:00:00</source>
        <translation>Stunden:Minuten:Sekunden, z. B. 01:00:00</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="75"/>
        <source>optional: the cluster&apos;s default</source>
        <translation>optional: Vorgabe des Clusters</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="80"/>
        <source>&amp;Nodes:</source>
        <translation>K&amp;noten:</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="81"/>
        <source>&amp;Tasks per node:</source>
        <translation>&amp;Tasks je Knoten:</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="82"/>
        <source>&amp;GPUs per node:</source>
        <translation>&amp;GPUs je Knoten:</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="84"/>
        <source>CPUs per tas&amp;k:</source>
        <translation>&amp;CPUs je Task:</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="85"/>
        <source>T&amp;ime limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="86"/>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="114"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="116"/>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="186"/>
        <source>Ranks: %1 (nodes × tasks per node).</source>
        <translation>Ranks: %1 (Knoten × Tasks je Knoten).</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="188"/>
        <source>With GPUs, one task per GPU is usual: tasks per node = GPUs per node.</source>
        <translation>Mit GPUs ist ein Task je GPU üblich: Tasks je Knoten = GPUs je Knoten.</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="189"/>
        <source>Every node must see the checkpoints, the dataset and the output folder at these paths (a shared file system). The result, %1, opens here afterwards.</source>
        <translation>Jeder Knoten muss die Checkpoints, den Datensatz und den Ausgabeordner unter diesen Pfaden sehen (ein gemeinsames Dateisystem). Das Ergebnis, %1, öffnet sich danach hier.</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="202"/>
        <source>The script is on the clipboard.</source>
        <translation>Das Skript ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="214"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="229"/>
        <source>Save Slurm Script</source>
        <translation>Slurm-Skript speichern</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="230"/>
        <source>Slurm batch scripts (*.sbatch *.sh);;All files (*)</source>
        <translation>Slurm-Batch-Skripte (*.sbatch *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="237"/>
        <source>Saved to %1. Submit it with: sbatch %2</source>
        <translation>Gespeichert unter %1. Reichen Sie es ein mit: sbatch %2</translation>
    </message>
</context>
<context>
    <name>TaskOptionsWidget</name>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="27"/>
        <source>Task and model output</source>
        <translation>Aufgabe und Modellausgabe</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="33"/>
        <source>Classification (per sample, pixel or token)</source>
        <translation>Klassifikation (je Beispiel, Pixel oder Token)</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="35"/>
        <source>Multi-label (several labels per sample)</source>
        <translation>Multi-Label (mehrere Labels je Beispiel)</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="37"/>
        <source>Regression (real-valued targets)</source>
        <translation>Regression (reellwertige Zielgrößen)</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="39"/>
        <source>Classification becomes dense classification (segmentation, token labels) when the labels have dimensions of their own.</source>
        <translation>Die Klassifikation wird zur dichten Klassifikation (Segmentierung, Token-Labels), wenn die Labels eigene Dimensionen haben.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="41"/>
        <source>T&amp;ask:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="47"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="50"/>
        <source>Dense labels with this value are left out of every metric: commonly 255 (VOC, Cityscapes masks) or -100 (Hugging Face token labels). Empty: none.</source>
        <translation>Dichte Labels mit diesem Wert fließen in keine Metrik ein: üblich sind 255 (VOC-, Cityscapes-Masken) oder -100 (Hugging-Face-Token-Labels). Leer: keiner.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="53"/>
        <source>&amp;Ignore index:</source>
        <translation>&amp;Ignorierter Index:</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="57"/>
        <source>Automatic (from the label shape)</source>
        <translation>Automatisch (aus der Form der Labels)</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="59"/>
        <source>1: [B, C, …] (PyTorch)</source>
        <translation>1: [B, C, …] (PyTorch)</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="61"/>
        <source>Last: [B, …, C] (Hugging Face)</source>
        <translation>Letzte: [B, …, C] (Hugging Face)</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="63"/>
        <source>Class &amp;dimension:</source>
        <translation>Klassen&amp;dimension:</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="70"/>
        <source>A label is predicted when the sigmoid of its logit reaches this value.</source>
        <translation>Ein Label gilt als vorhergesagt, wenn das Sigmoid seines Logits diesen Wert erreicht.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="72"/>
        <source>T&amp;hreshold:</source>
        <translation>Sch&amp;welle:</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="100"/>
        <source>logits, or a dict&apos;s only tensor</source>
        <translation>logits, oder der einzige Tensor eines dict</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="101"/>
        <source>For a model that returns a dict: the entry to evaluate.</source>
        <translation>Für ein Modell, das ein dict zurückgibt: der auszuwertende Eintrag.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="102"/>
        <source>Output &amp;key:</source>
        <translation>Ausgabe&amp;schlüssel:</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="106"/>
        <source>For a model that returns a tuple or list: the element to evaluate.</source>
        <translation>Für ein Modell, das ein Tupel oder eine Liste zurückgibt: das auszuwertende Element.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="108"/>
        <source>Output ele&amp;ment:</source>
        <translation>Ausgabe&amp;element:</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="226"/>
        <source>The labels have dimensions (%1): dense classification (segmentation, token labels), evaluated per element. Set the ignore index if the labels use one.</source>
        <translation>Die Labels haben Dimensionen (%1): dichte Klassifikation (Segmentierung, Token-Labels), ausgewertet je Element. Setzen Sie den ignorierten Index, falls die Labels einen verwenden.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="231"/>
        <source>If these are 0/1 columns, one per label, choose Multi-label.</source>
        <translation>Sind es 0/1-Spalten, eine je Label, wählen Sie Multi-Label.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="234"/>
        <source>The labels are real numbers: regression.</source>
        <translation>Die Labels sind reelle Zahlen: Regression.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="236"/>
        <source>If they are 0/1 columns, one per label, choose Multi-label.</source>
        <translation>Sind es 0/1-Spalten, eine je Label, wählen Sie Multi-Label.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="238"/>
        <source>The labels are real numbers with dimensions (%1): none of the engine&apos;s tasks takes them.</source>
        <translation>Die Labels sind reelle Zahlen mit Dimensionen (%1): Keine Aufgabe der Engine nimmt sie an.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="243"/>
        <source>The labels are one class per sample: this looks like classification.</source>
        <translation>Die Labels sind eine Klasse je Beispiel: Das sieht nach Klassifikation aus.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="246"/>
        <source>Model inputs: %1.</source>
        <translation>Modelleingaben: %1.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="81"/>
        <source>none: labels come with the dataset</source>
        <translation>keiner: die Labels gehören zum Datensatz</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="82"/>
        <source>Segmentation folders: the dataset is a folder of images and this folder holds each image&apos;s mask, a PNG of class indices with the same relative name.</source>
        <translation>Segmentierungsordner: Der Datensatz ist ein Ordner mit Bildern, und dieser Ordner enthält zu jedem Bild seine Maske, ein PNG mit Klassenindizes unter demselben relativen Namen.</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="85"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="89"/>
        <source>Masks Folder</source>
        <translation>Maskenordner</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="95"/>
        <source>Masks &amp;folder:</source>
        <translation>Masken&amp;ordner:</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="11"/>
        <location filename="../gui/common/tasktext.cpp" line="19"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="13"/>
        <source>Dense classification (segmentation, tokens)</source>
        <translation>Dichte Klassifikation (Segmentierung, Token)</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="15"/>
        <source>Multi-label classification</source>
        <translation>Multi-Label-Klassifikation</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="17"/>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="30"/>
        <source>1 label</source>
        <translation>1 Label</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="30"/>
        <source>%1 labels</source>
        <translation>%1 Labels</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="32"/>
        <source>1 target</source>
        <translation>1 Zielgröße</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="32"/>
        <source>%1 targets</source>
        <translation>%1 Zielgrößen</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="37"/>
        <source>1 class</source>
        <translation>1 Klasse</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="37"/>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="44"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="46"/>
        <source>Target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="51"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="96"/>
        <source>%1 elements (pixels, tokens) evaluated, %2 ignored (ignore index)</source>
        <translation>%1 Elemente (Pixel, Token) ausgewertet, %2 ignoriert (ignorierter Index)</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="99"/>
        <source>%1 elements (pixels, tokens) evaluated</source>
        <translation>%1 Elemente (Pixel, Token) ausgewertet</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="106"/>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="119"/>
        <source>Every metric is computed over the evaluated elements; the intervals are sample-level (Poisson bootstrap over whole samples).</source>
        <translation>Jede Metrik wird über die ausgewerteten Elemente berechnet; die Intervalle beziehen sich auf Beispiele (Poisson-Bootstrap über ganze Beispiele).</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="125"/>
        <source>Mean average precision from binned scores: within %1 of the exact value.</source>
        <translation>Mittlere Average Precision aus gebinnten Scores: höchstens %1 vom exakten Wert entfernt.</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="133"/>
        <source>Each metric is the uniform average over the %1 targets (see Per Target).</source>
        <translation>Jede Metrik ist das ungewichtete Mittel über die %1 Zielgrößen (siehe Je Zielgröße).</translation>
    </message>
</context>
<context>
    <name>ToolLocator</name>
    <message>
        <location filename="../gui/common/toollocator.cpp" line="46"/>
        <source>disteval-engine was not found (looked beside the app and in the build tree: %1, and on the PATH). Locate it, or set its path under Advanced.</source>
        <translation>disteval-engine wurde nicht gefunden (gesucht neben der App und im Build-Verzeichnis: %1, und im PATH). Suchen Sie die Datei, oder setzen Sie ihren Pfad unter „Erweitert“.</translation>
    </message>
</context>
</TS>
