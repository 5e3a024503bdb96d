#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QListWidget;
class QPushButton;

// A run's list of input files (checkpoints, metrics): Add... (the subclass's file dialog),
// Remove, each file by its name with its full path as tooltip, and a file that cannot be
// what the list holds (problem()) shown with a warning and its reason. Subclasses add
// their own buttons to buttonRow().
class FileListWidget : public QWidget
{
    Q_OBJECT

public:
    QStringList files() const;
    void setFiles(const QStringList &paths);
    // Appends those not yet listed, as absolute paths.
    void addFiles(const QStringList &paths);
    // Why the listed `path` cannot be used ("" when it can, or is not listed).
    QString problemOf(const QString &path) const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

protected:
    // `listName`: the list's objectName; its height stays between the two.
    FileListWidget(QWidget *parent, const QString &listName, int minimumHeight, int maximumHeight);
    // Why `path` cannot be used in this list ("" when it can).
    virtual QString problem(const QString &path) const = 0;
    // Asks for files to add (Add...).
    virtual void browse() = 0;
    QHBoxLayout *buttonRow() const { return m_buttons; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

private:
    void removeSelected();
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};
