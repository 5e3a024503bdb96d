#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The demo that Help › Open the Demo sets up: the two checkpoints of disteval's own
// Fashion-MNIST classifier (fashion-cnn-early.pt, fashion-cnn-full.pt; docs/DEMO.md),
// the Fashion-MNIST test set (Debian package dataset-fashion-mnist) and its class
// names (fashion-mnist-classes.txt).
//
// Demo folders, in this order: $DISTEVAL_DEMO_DIR; <build>/demo of a build tree (where
// scripts/demo.sh and the test suite's demo_models fixture train the checkpoints; the
// build copies the class names there); <prefix>/share/disteval/demo of an installation
// (the class names are installed there); the user's AppDataLocation/demo
// (~/.local/share/disteval/disteval/demo on Linux, where an installed app tells the
// user to train them); every GenericDataLocation's disteval/demo.
// The test set: $DISTEVAL_FASHION_MNIST (a folder or the images file), else
// /usr/share/datasets/fashion-mnist.
class DemoFiles
{
    Q_DECLARE_TR_FUNCTIONS(DemoFiles)

public:
    QStringList checkpoints; // early first, so that B − A is the gain of training
    QString dataset;         // t10k-images-idx3-ubyte(.gz)
    QString classNames;
    QStringList searched;  // the demo folders looked in
    QString datasetFolder; // where the test set was looked for

    // The checkpoints and the test set are there (the class names are optional).
    bool complete() const;
    // What is missing and how to make it, as rich text.
    QString missingText() const;

    static DemoFiles find();
    static DemoFiles find(const QStringList &folders, const QString &datasetLocation);
    static QStringList searchFolders();
    static QString datasetLocation();
    // Where a user of an installed app trains the checkpoints.
    static QString userFolder();
};
