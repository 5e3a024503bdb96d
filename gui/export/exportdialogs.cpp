#include "export/exportdialogs.h"

#include "export/plotexporter.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

QString ExportDialogs::settingsPrefix(Kind kind)
{
    return kind == Kind::Plot ? QStringLiteral("export/plot") : QStringLiteral("export/report");
}

QString ExportDialogs::askSavePath(QWidget *parent, Kind kind, const QString &suggestedName)
{
    QSettings settings;
    const QString prefix = settingsPrefix(kind);
    const bool plot = kind == Kind::Plot;
    const QStringList filters
            = plot ? QStringList{tr("PNG image (*.png)"), tr("SVG image (*.svg)")}
                   : QStringList{tr("PDF report (*.pdf)"), tr("CSV tables (*.csv)")};
    const QStringList suffixes = plot ? QStringList{QStringLiteral("png"), QStringLiteral("svg")}
                                      : QStringList{QStringLiteral("pdf"), QStringLiteral("csv")};
    const QString title = kind == Kind::Report       ? tr("Export Report")
                          : kind == Kind::Comparison ? tr("Export Comparison")
                                                     : tr("Export Plot");
    const int remembered = qBound(0, settings.value(prefix + QStringLiteral("Format"), 0).toInt(),
                                  filters.size() - 1);
    QString folder = settings.value(prefix + QStringLiteral("Folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected = filters.at(remembered);
    QString path = QFileDialog::getSaveFileName(
            parent, title,
            QDir(folder).filePath(suggestedName + QLatin1Char('.') + suffixes.at(remembered)),
            filters.join(QStringLiteral(";;")), &selected, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return QString();
    const int format = qMax(0, filters.indexOf(selected));
    if (!suffixes.contains(QFileInfo(path).suffix().toLower()))
        path += QLatin1Char('.') + suffixes.at(format);
    settings.setValue(prefix + QStringLiteral("Folder"), QFileInfo(path).absolutePath());
    settings.setValue(prefix + QStringLiteral("Format"),
                      suffixes.indexOf(QFileInfo(path).suffix().toLower()));
    return path;
}

bool ExportDialogs::askReportOptions(QWidget *parent, bool hasRecords, ReportOptions *options)
{
    QSettings settings;
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("reportOptionsDialog"));
    dialog.setWindowTitle(tr("PDF Report"));
    auto *mistakes
            = new QCheckBox(tr("Most confident mistakes per class, with thumbnails"), &dialog);
    mistakes->setObjectName(QStringLiteral("confidentMistakesOption"));
    mistakes->setChecked(
            hasRecords
            && settings.value(QStringLiteral("export/confidentMistakes"), false).toBool());
    mistakes->setEnabled(hasRecords);
    auto *perClass = new QSpinBox(&dialog);
    perClass->setObjectName(QStringLiteral("mistakesPerClass"));
    perClass->setRange(1, MistakesSection::kMaxPerClass);
    perClass->setValue(settings.value(QStringLiteral("export/mistakesPerClass"),
                                      MistakesSection::kDefaultPerClass)
                               .toInt());
    auto *note = new QLabel(hasRecords ? tr("The samples' inputs are rendered by "
                                            "disteval-engine from the run's dataset.")
                                       : tr("Needs the run's per-sample records (“Save "
                                            "per-sample predictions”)."),
                            &dialog);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(mistakes);
    form->addRow(tr("Mistakes per class:"), perClass);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(mistakes, &QCheckBox::toggled, perClass, &QWidget::setEnabled);
    perClass->setEnabled(mistakes->isChecked());
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options->confidentMistakes = mistakes->isChecked();
    options->mistakesPerClass = perClass->value();
    if (hasRecords)
        settings.setValue(QStringLiteral("export/confidentMistakes"), mistakes->isChecked());
    settings.setValue(QStringLiteral("export/mistakesPerClass"), perClass->value());
    return true;
}

int ExportDialogs::askDpi(QWidget *parent)
{
    QSettings settings;
    const int last
            = settings.value(QStringLiteral("export/dpi"), PlotExporter::kDefaultDpi).toInt();
    bool ok = false;
    const int dpi = QInputDialog::getInt(parent, tr("PNG Resolution"),
                                         tr("Resolution of the image (dots per inch):"), last, 36,
                                         2400, 12, &ok);
    if (!ok)
        return 0;
    settings.setValue(QStringLiteral("export/dpi"), dpi);
    return dpi;
}

QStringList ExportDialogs::existing(const QStringList &targets)
{
    QStringList found;
    for (const QString &t : targets)
        if (QFileInfo::exists(t))
            found << t;
    return found;
}

bool ExportDialogs::confirmOverwrite(QWidget *parent, const QStringList &targets)
{
    const QStringList found = existing(targets);
    if (found.isEmpty())
        return true;
    QStringList names;
    for (const QString &f : found)
        names << QDir::toNativeSeparators(f);
    const auto answer = QMessageBox::question(
            parent, tr("Replace Files"),
            tr("These files exist already and will be replaced:\n\n%1\n\nReplace them?")
                    .arg(names.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}
