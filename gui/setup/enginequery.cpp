#include "setup/enginequery.h"

#include "common/errortext.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>

EngineQuery::EngineQuery(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EngineQuery::onTimeout);
}

EngineQuery::~EngineQuery()
{
    abandon();
}

void EngineQuery::query(const QString &enginePath, const QStringList &arguments)
{
    abandon();
    m_errorCode.clear();
    m_engineMessage.clear();
    m_process = new QProcess(this);
    m_process->setProgram(enginePath);
    m_process->setArguments(arguments);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &EngineQuery::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &EngineQuery::onError);
    m_timer.start(kTimeoutMs);
    m_process->start();
}

void EngineQuery::abandon()
{
    m_timer.stop();
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process->deleteLater();
    m_process = nullptr;
}

void EngineQuery::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QByteArray out = m_process->readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(out.trimmed(), &parseError);
    const QJsonObject object = document.isObject() ? document.object() : QJsonObject();

    if (status == QProcess::NormalExit && exitCode == 0 && document.isObject()) {
        finishWith(nullptr, object);
        return;
    }
    QString message;
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty()) {
        m_errorCode = error.value(QStringLiteral("code")).toString();
        m_engineMessage = error.value(QStringLiteral("message")).toString();
        message = ErrorText::forCode(m_errorCode);
        const QString detail = m_engineMessage;
        if (!detail.isEmpty())
            message += QLatin1Char('\n') + detail;
    } else if (status != QProcess::NormalExit) {
        message = tr("disteval-engine stopped unexpectedly.");
    } else if (exitCode == 0) {
        message = tr("disteval-engine gave an answer this app does not understand.");
    } else {
        message = ErrorText::forExitCode(exitCode);
        const QString line = ErrorText::engineErrorLine(err);
        message += QLatin1Char('\n') + (line.isEmpty() ? err : line);
    }
    finishWith(&message, {});
}

void EngineQuery::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return;
    const QString message = tr("disteval-engine could not be started (%1): %2")
                                    .arg(QDir::toNativeSeparators(m_process->program()),
                                         m_process->errorString());
    finishWith(&message, {});
}

void EngineQuery::onTimeout()
{
    const QString message = tr("disteval-engine did not answer in time.");
    finishWith(&message, {});
}

void EngineQuery::finishWith(const QString *failure, const QJsonObject &answer)
{
    abandon();
    if (failure)
        Q_EMIT failed(failure->trimmed());
    else
        Q_EMIT answered(answer);
}
