#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

// Asks disteval-engine something that it answers with one JSON object on stdout
// (`--inspect --data ...`, `--probe`), without mpirun. One query at a time; a new
// query() abandons the previous one. Emits exactly one of answered() or failed() per
// query; failed() carries a translated, plain message (including the engine's own).
class EngineQuery : public QObject
{
    Q_OBJECT

public:
    explicit EngineQuery(QObject *parent = nullptr);
    ~EngineQuery() override;

    void query(const QString &enginePath, const QStringList &arguments);
    void abandon();
    bool isRunning() const { return m_process != nullptr; }
    // After failed(): the engine's error code ("data_invalid", "class_mismatch", ...; ""
    // when it gave none) and its own message, untranslated ("" when none).
    QString errorCode() const { return m_errorCode; }
    QString engineMessage() const { return m_engineMessage; }

Q_SIGNALS:
    void answered(const QJsonObject &answer);
    void failed(const QString &message);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void onTimeout();
    void finishWith(const QString *failure, const QJsonObject &answer);

    QProcess *m_process = nullptr;
    QString m_errorCode;
    QString m_engineMessage;
    QTimer m_timer;
    static constexpr int kTimeoutMs = 60000;
};
