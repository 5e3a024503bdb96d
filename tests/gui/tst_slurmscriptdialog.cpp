// The Slurm batch script dialog (gui/app/slurmscriptdialog.h, offscreen): reached from
// the set-up's button and the Run menu, the set-up's ranks at first, the script following
// every choice, the reason instead of a script, Copy and Save, the choices kept.
#include "app/mainwindow.h"
#include "app/slurmscriptdialog.h"
#include "fakeenginerun.h"
#include "run/slurmscript.h"
#include "setup/runsetupwidget.h"
#include "slurmscriptlines.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_SlurmScriptDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialog();
    void dialogKeepsTheChoices();

private:
    QString m_bash;
    QTemporaryDir m_dir;
};

void tst_SlurmScriptDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("disteval-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_slurmscriptdialog"));
    QVERIFY(m_dir.isValid());
    m_bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
}

// Run › Slurm Batch Script… and the set-up's button: the set-up's ranks on one node at
// first, the script following every choice, a time limit sbatch would not read refused
// with the reason, Copy and Save.
void tst_SlurmScriptDialog::dialog()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    RunConfig config = fakeRunConfig(m_dir, QStringLiteral("--generate"), 3);
    config.metricFiles = {fakeCheckpoint(m_dir, QStringLiteral("brier metric.pt"))};
    window.setup()->setConfig(config, true);
    auto *button = window.setup()->findChild<QPushButton *>(QStringLiteral("slurmScript"));
    QVERIFY(button);
    button->click();
    auto *dialog = window.findChild<SlurmScriptDialog *>(QStringLiteral("slurmScriptDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowModality() != Qt::NonModal);
    auto spin = [dialog](const char *name) {
        return dialog->findChild<QSpinBox *>(QString::fromLatin1(name));
    };
    QCOMPARE(spin("slurmNodes")->value(), 1);
    QCOMPARE(spin("slurmTasksPerNode")->value(), 3); // the set-up's ranks
    QCOMPARE(spin("slurmGpusPerNode")->value(), 0);
    QCOMPARE(sbatchLinesOf(dialog->script()),
             words({"#SBATCH --job-name=disteval", "#SBATCH --nodes=1",
                    "#SBATCH --ntasks-per-node=3", "#SBATCH --cpus-per-task=1",
                    "#SBATCH --time=01:00:00"}));
    spin("slurmNodes")->setValue(2);
    spin("slurmTasksPerNode")->setValue(2);
    spin("slurmGpusPerNode")->setValue(2);
    spin("slurmCpusPerTask")->setValue(4);
    dialog->findChild<QLineEdit *>(QStringLiteral("slurmPartition"))
            ->setText(QStringLiteral("gpu"));
    auto *time = dialog->findChild<QLineEdit *>(QStringLiteral("slurmTime"));
    time->setText(QStringLiteral("00:30:00"));
    const QString script = dialog->script();
    QCOMPARE(sbatchLinesOf(script),
             words({"#SBATCH --job-name=disteval", "#SBATCH --partition=gpu", "#SBATCH --nodes=2",
                    "#SBATCH --ntasks-per-node=2", "#SBATCH --gres=gpu:2",
                    "#SBATCH --cpus-per-task=4", "#SBATCH --time=00:30:00"}));
    QVERIFY(script.contains(QStringLiteral("--metric '") + config.metricFiles.constFirst()
                            + QLatin1Char('\'')));
    QVERIFY(script.contains(QStringLiteral("--device cuda")));
    QVERIFY(script.contains(QStringLiteral("--output ") + m_dir.path()));
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("slurmScriptText"))->toPlainText(),
             script);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("slurmNote"));
    QVERIFY2(note->text().contains(QStringLiteral("Ranks: 4 ")), qPrintable(note->text()));
    // Not a time limit: the reason instead of a script, nothing to copy or save.
    time->setText(QStringLiteral("half an hour"));
    QVERIFY(dialog->script().isEmpty());
    QVERIFY2(note->text().contains(QStringLiteral("time limit")), qPrintable(note->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("slurmCopy"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("slurmSave"))->isEnabled());
    time->setText(QStringLiteral("00:30:00"));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("slurmSave"))->isEnabled());
    // Copy and Save.
    dialog->findChild<QPushButton *>(QStringLiteral("slurmCopy"))->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog->script());
    const QString path = m_dir.filePath(QStringLiteral("saved job.sbatch"));
    QString error;
    QVERIFY2(dialog->saveScript(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), dialog->script());
    QVERIFY(saved.permissions() & QFile::ExeOwner);
    if (!m_bash.isEmpty()) {
        QProcess check;
        check.start(m_bash, {QStringLiteral("-n"), path});
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(check.exitCode(), 0);
    }
    QVERIFY(!dialog->saveScript(m_dir.filePath(QStringLiteral("no/such/folder/x.sbatch")), &error));
    QVERIFY(!error.isEmpty());
    dialog->reject();
    // The Run menu opens the same dialog.
    QAction *action = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Slurm Batch Script..."))
            action = a;
    QVERIFY(action);
    action->trigger();
    QVERIFY(dialog->isVisible());
    QCOMPARE(window.findChildren<SlurmScriptDialog *>().size(), 1);
    dialog->reject();
}

// The choices come back in the next session.
void tst_SlurmScriptDialog::dialogKeepsTheChoices()
{
    QSettings().clear();
    {
        SlurmScriptDialog dialog(nullptr);
        dialog.setRun(fakeRunConfig(m_dir, QString(), 2), QStringLiteral("disteval-engine"),
                      QStringLiteral("/out/r.json"));
        dialog.findChild<QSpinBox *>(QStringLiteral("slurmNodes"))->setValue(4);
        dialog.findChild<QSpinBox *>(QStringLiteral("slurmTasksPerNode"))->setValue(8);
        dialog.findChild<QSpinBox *>(QStringLiteral("slurmGpusPerNode"))->setValue(8);
        dialog.findChild<QSpinBox *>(QStringLiteral("slurmCpusPerTask"))->setValue(12);
        dialog.findChild<QLineEdit *>(QStringLiteral("slurmTime"))->setText(QStringLiteral("2-00"));
        dialog.findChild<QLineEdit *>(QStringLiteral("slurmPartition"))
                ->setText(QStringLiteral("a100"));
    }
    SlurmScriptDialog dialog(nullptr);
    dialog.setRun(fakeRunConfig(m_dir, QString(), 2), QStringLiteral("disteval-engine"),
                  QStringLiteral("/out/r.json"));
    const SlurmScript::Options o = dialog.options();
    QCOMPARE(o.nodes, 4);
    QCOMPARE(o.tasksPerNode, 8); // not the set-up's 2: the user chose
    QCOMPARE(o.gpusPerNode, 8);
    QCOMPARE(o.cpusPerTask, 12);
    QCOMPARE(o.timeLimit, QStringLiteral("2-00"));
    QCOMPARE(o.partition, QStringLiteral("a100"));
    QVERIFY(dialog.script().contains(QStringLiteral("#SBATCH --gres=gpu:8\n")));
}

QTEST_MAIN(tst_SlurmScriptDialog)
#include "tst_slurmscriptdialog.moc"
