#include "tasks/task.h"

namespace disteval {

std::string taskName(Task task)
{
    switch (task) {
    case Task::Classification:
        return "classification";
    case Task::DenseClassification:
        return "dense_classification";
    case Task::MultiLabel:
        return "multilabel";
    case Task::Regression:
        return "regression";
    }
    return "classification";
}

bool parseTask(const std::string &name, Task &task)
{
    for (Task t :
         {Task::Classification, Task::DenseClassification, Task::MultiLabel, Task::Regression})
        if (taskName(t) == name) {
            task = t;
            return true;
        }
    return false;
}

const std::vector<std::string> &taskMetricNames(Task task)
{
    static const std::vector<std::string> classification = {"accuracy",
                                                            "balanced_accuracy",
                                                            "top5_accuracy",
                                                            "loss",
                                                            "macro_f1",
                                                            "weighted_f1",
                                                            "macro_precision",
                                                            "macro_recall",
                                                            "weighted_precision",
                                                            "weighted_recall",
                                                            "cohen_kappa",
                                                            "mcc",
                                                            "ece",
                                                            "ece_debiased",
                                                            "macro_auroc"};
    static const std::vector<std::string> dense = [] {
        std::vector<std::string> names = {"accuracy", "mean_iou", "fw_iou", "mean_dice"};
        for (const std::string &n : classification)
            if (n != "accuracy")
                names.push_back(n);
        return names;
    }();
    static const std::vector<std::string> multilabel = {"subset_accuracy",
                                                        "hamming_loss",
                                                        "micro_f1",
                                                        "macro_f1",
                                                        "weighted_f1",
                                                        "samples_f1",
                                                        "micro_precision",
                                                        "micro_recall",
                                                        "macro_precision",
                                                        "macro_recall",
                                                        "mean_average_precision",
                                                        "macro_auroc"};
    static const std::vector<std::string> regression
            = {"mae", "mse", "rmse", "r2", "max_error", "mean_bias"};
    switch (task) {
    case Task::Classification:
        return classification;
    case Task::DenseClassification:
        return dense;
    case Task::MultiLabel:
        return multilabel;
    case Task::Regression:
        return regression;
    }
    return classification;
}

const std::vector<std::string> &taskComparedMetricNames(Task task)
{
    static const std::vector<std::string> classification
            = {"accuracy",        "balanced_accuracy", "macro_f1",    "weighted_f1",
               "macro_precision", "macro_recall",      "cohen_kappa", "mcc"};
    static const std::vector<std::string> dense = {
            "accuracy", "mean_iou", "fw_iou", "mean_dice", "balanced_accuracy", "macro_f1", "loss"};
    static const std::vector<std::string> multilabel = {
            "subset_accuracy", "hamming_loss", "micro_f1", "macro_f1", "weighted_f1", "samples_f1"};
    static const std::vector<std::string> regression = {"mae", "mse", "rmse", "r2", "mean_bias"};
    switch (task) {
    case Task::Classification:
        return classification;
    case Task::DenseClassification:
        return dense;
    case Task::MultiLabel:
        return multilabel;
    case Task::Regression:
        return regression;
    }
    return classification;
}

} // namespace disteval
