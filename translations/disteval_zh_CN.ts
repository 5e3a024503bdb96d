<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalibrationPlot</name>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="17"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="27"/>
        <source>Confidence (largest softmax probability)</source>
        <translation>置信度（最大 softmax 概率）</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="29"/>
        <location filename="../gui/plots/calibrationplot.cpp" line="55"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="38"/>
        <source>Perfect calibration</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="43"/>
        <source>Accuracy in bin</source>
        <translation>区间内准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="48"/>
        <source>Mean confidence in bin</source>
        <translation>区间内平均置信度</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="92"/>
        <location filename="../gui/plots/calibrationplot.cpp" line="94"/>
        <source>Expected calibration error (ECE): %1</source>
        <translation>期望校准误差 (ECE)：%1</translation>
    </message>
    <message>
        <location filename="../gui/plots/calibrationplot.cpp" line="96"/>
        <source>%1 · debiased: %2</source>
        <translation>%1 · 去偏：%2</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../gui/results/calibrationview.cpp" line="30"/>
        <source>Elements (pixels, tokens) are grouped into 15 equal-width bins of their confidence. A well-calibrated model&apos;s bars reach the diagonal; bars below it mean over-confidence.</source>
        <translation>元素（像素、词元）按置信度分入 15 个等宽区间。校准良好的模型的柱子会达到对角线；低于对角线表示过度自信。</translation>
    </message>
    <message>
        <location filename="../gui/results/calibrationview.cpp" line="33"/>
        <source>Samples are grouped into 15 equal-width bins of their confidence. A well-calibrated model&apos;s bars reach the diagonal; bars below it mean over-confidence.</source>
        <translation>样本按置信度分入 15 个等宽区间。校准良好的模型，其柱形恰好达到对角线；低于对角线表示过度自信。</translation>
    </message>
    <message>
        <location filename="../gui/results/calibrationview.cpp" line="44"/>
        <source>ECE: %1</source>
        <translation>ECE：%1</translation>
    </message>
</context>
<context>
    <name>CheckpointCheck</name>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="35"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="38"/>
        <source>%1 is a folder, not a checkpoint file.</source>
        <translation>%1 是文件夹，不是检查点文件。</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="40"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="42"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="47"/>
        <source>%1 is not a TorchScript archive (save the model with torch.jit.save).</source>
        <translation>%1 不是 TorchScript 归档（请用 torch.jit.save 保存模型）。</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="37"/>
        <source>%1 is a folder, not a metric file.</source>
        <translation>%1 是文件夹，不是指标文件。</translation>
    </message>
    <message>
        <location filename="../gui/common/checkpointcheck.cpp" line="44"/>
        <source>%1 is not a TorchScript archive (save the metric with torch.jit.script(metric).save).</source>
        <translation>%1 不是 TorchScript 归档（请用 torch.jit.script(metric).save 保存指标）。</translation>
    </message>
</context>
<context>
    <name>CheckpointListWidget</name>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="17"/>
        <source>TorchScript checkpoints (.pt) to evaluate. Drop files onto the window to add them.</source>
        <translation>要评估的 TorchScript 检查点（.pt）。将文件拖放到窗口上即可添加。</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="20"/>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="52"/>
        <source>Add model checkpoints</source>
        <translation>添加模型检查点</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="53"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript 检查点 (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="75"/>
        <source>No recent checkpoints</source>
        <translation>没有最近使用的检查点</translation>
    </message>
    <message>
        <location filename="../gui/setup/checkpointlistwidget.cpp" line="78"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>CloseRunDialog</name>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="15"/>
        <source>&amp;Cancel the Job</source>
        <translation>取消作业(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="19"/>
        <source>&amp;Keep the App Open</source>
        <translation>保持应用打开(&amp;K)</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="17"/>
        <source>&amp;Let It Finish in the Background</source>
        <translation>在后台完成(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="11"/>
        <source>A run is in progress.</source>
        <translation>一次运行正在进行中。</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="10"/>
        <source>Quit disteval</source>
        <translation>退出 disteval</translation>
    </message>
    <message>
        <location filename="../gui/app/closerundialog.cpp" line="12"/>
        <source>You can stop it now, or let it finish in the background: its result is still written and appears in the History tab the next time disteval starts.</source>
        <translation>您可以现在停止它，也可以让它在后台完成：其结果仍会被写入，并在下次启动 disteval 时显示在“历史”标签页中。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../gui/app/commandline.cpp" line="22"/>
        <source>Evaluate PyTorch classifiers with disteval-engine.</source>
        <translation>使用 disteval-engine 评估 PyTorch 分类器。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="27"/>
        <source>Export the result file given as the only argument to &lt;file&gt; and exit, without a window: .pdf (report), .csv (tables), .png or .svg (one plot).</source>
        <translation>将唯一参数指定的结果文件导出到 &lt;file&gt; 后退出，不打开窗口：.pdf（报告）、.csv（表格）、.png 或 .svg（单个图）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="32"/>
        <source>With --export to .png/.svg: confusion, per-class, calibration, roc, pr, confidence or top-k.</source>
        <translation>与 --export 导出 .png/.svg 配合使用：confusion、per-class、calibration、roc、pr、confidence 或 top-k。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="36"/>
        <source>With --export to .png: resolution (300).</source>
        <translation>与 --export 导出 .png 配合使用：分辨率（300）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="39"/>
        <source>With --export to .png/.svg: which model (1).</source>
        <translation>与 --export 导出 .png/.svg 配合使用：第几个模型（1）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="43"/>
        <source>With --export to .pdf: add each model&apos;s most confident mistakes per class, with thumbnails of the samples (the engine renders them).</source>
        <translation>与 --export 导出 .pdf 配合使用：加入每个模型在各类别中最自信的错误，附样本缩略图（由引擎渲染）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="47"/>
        <source>With --confident-mistakes: mistakes shown per class (6).</source>
        <translation>与 --confident-mistakes 配合使用：每个类别显示的错误数（6）。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="53"/>
        <source>Checkpoints (.pt), result files (.json) or a dataset to open.</source>
        <translation>要打开的检查点（.pt）、结果文件（.json）或数据集。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="64"/>
        <source>disteval: --export needs exactly one result file, e.g. disteval --export report.pdf result.json</source>
        <translation>disteval：--export 需要且只需要一个结果文件，例如 disteval --export report.pdf result.json</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="79"/>
        <source>disteval: --dpi needs a number from 36 to 2400 and --model a model number.</source>
        <translation>disteval：--dpi 需要 36 到 2400 之间的数字，--model 需要模型编号。</translation>
    </message>
    <message>
        <location filename="../gui/app/commandline.cpp" line="85"/>
        <source>disteval: --mistakes-per-class needs a number from 1 to %1.</source>
        <translation>disteval：--mistakes-per-class 需要 1 到 %1 之间的数字。</translation>
    </message>
</context>
<context>
    <name>CompareCurvesView</name>
    <message>
        <location filename="../gui/compare/comparecurvesview.cpp" line="85"/>
        <source>A: %1 (solid lines). B: %2 (dashed lines). Each curve has one colour for both models.</source>
        <translation>A：%1（实线）。B：%2（虚线）。同一条曲线在两个模型中颜色相同。</translation>
    </message>
    <message>
        <location filename="../gui/compare/comparecurvesview.cpp" line="88"/>
        <source>A: %1 (blue). B: %2 (orange).</source>
        <translation>A：%1（蓝色）。B：%2（橙色）。</translation>
    </message>
    <message>
        <location filename="../gui/compare/comparecurvesview.cpp" line="90"/>
        <source>Solid: accuracy of what is kept; dashed: its share.</source>
        <translation>实线：所保留部分的准确率；虚线：其所占比例。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="137"/>
        <source>%1 (A) and %2 (B)</source>
        <translation>%1 (A) 与 %2 (B)</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="89"/>
        <source>%1 holds no comparison: a run compares checkpoints when it evaluates two or more of them together.</source>
        <translation>%1 不包含比较：只有一次运行同时评估两个或更多检查点时才会进行比较。</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/compare/compareview.cpp" line="159"/>
        <source>%n sample(s) without a prediction in one of the runs were left out.</source>
        <translation>
            <numerusform>有 %n 个样本在其中一次运行中没有预测，已被排除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="305"/>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="180"/>
        <source>A: %1  vs  B: %2</source>
        <translation>A：%1  对比  B：%2</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="306"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="64"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="73"/>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="110"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="112"/>
        <source>Discordant Samples</source>
        <translation>不一致样本</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="242"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A: %2&lt;br&gt;B: %3&lt;br&gt;%4 samples, %5; differences are B − A with %6% intervals.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A：%2&lt;br&gt;B：%3&lt;br&gt;%4 个样本，%5；差值为 B − A，附 %6% 区间。</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="313"/>
        <source>Difference B − A: %1 minus %2</source>
        <translation>差值 B − A：%1 减 %2</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="362"/>
        <source>Comparison exported: %1</source>
        <translation>比较已导出：%1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="101"/>
        <source>Confusion Matrices</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="108"/>
        <source>Difference B − A</source>
        <translation>差值 B − A</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="67"/>
        <source>Export &amp;Comparison...</source>
        <translation>导出比较(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="356"/>
        <source>Export comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="97"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="314"/>
        <source>No difference: the runs have different classes</source>
        <translation>无差值：两次运行的类别不同</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="46"/>
        <source>Nothing to compare yet. Run several checkpoints together, open a result with several models, or pick two runs in the History tab.</source>
        <translation>尚无可比较的内容。请同时运行多个检查点、打开包含多个模型的结果，或在“历史”标签页中选择两次运行。</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="99"/>
        <source>Per-class ΔF1</source>
        <translation>各类别 ΔF1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareviewpages.cpp" line="70"/>
        <source>Save this comparison as a PDF section or as CSV tables</source>
        <translation>将此比较保存为 PDF 章节或 CSV 表格</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="324"/>
        <source>There is no comparison to export.</source>
        <translation>没有可导出的比较。</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="129"/>
        <source>These runs cannot be compared: %1</source>
        <translation>这些运行无法比较：%1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="122"/>
        <source>Unpaired comparison. %1</source>
        <translation>非配对比较。%1</translation>
    </message>
    <message>
        <location filename="../gui/compare/compareview.cpp" line="170"/>
        <source>a result file cannot be read: %1</source>
        <translation>无法读取结果文件：%1</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="168"/>
        <source>Comparison report</source>
        <translation>比较报告</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="197"/>
        <source>Unknown export format &apos;%1&apos;: use .pdf or .csv.</source>
        <translation>未知的导出格式“%1”：请使用 .pdf 或 .csv。</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="171"/>
        <source>Written by disteval %1 on %2.</source>
        <translation>由 disteval %1 于 %2 生成。</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="166"/>
        <source>disteval comparison · %1 vs %2</source>
        <translation>disteval 比较 · %1 对比 %2</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonexport.cpp" line="165"/>
        <source>disteval comparison: %1</source>
        <translation>disteval 比较：%1</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="77"/>
        <source>Accuracy against mean confidence in each confidence bin: A (%1) blue, B (%2) orange; the diagonal is perfect calibration.</source>
        <translation>各置信度区间内的准确率对平均置信度：A（%1）蓝色，B（%2）橙色；对角线表示完美校准。</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="80"/>
        <source>The micro and macro averages of A (%1, solid) and B (%2, dashed); the legend gives each area with its interval where the result has one.</source>
        <translation>A（%1，实线）和 B（%2，虚线）的微平均与宏平均；图例给出每个面积值，结果中有区间时附上区间。</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="94"/>
        <source>Comparison: %1 vs %2</source>
        <translation>比较：%1 对比 %2</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="95"/>
        <source>A: %1
B: %2
%3 samples, %4. Differences are B − A with %5% intervals.</source>
        <translation>A：%1
B：%2
%3 个样本，%4。差值为 B − A，附 %5% 区间。</translation>
    </message>
    <message>
        <location filename="../gui/export/comparisonsection.cpp" line="130"/>
        <source>Overlaid: %1</source>
        <translation>叠加：%1</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="153"/>
        <source>not tested (unpaired)</source>
        <translation>未检验（非配对）</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="269"/>
        <source>McNemar&apos;s exact test compares the error rates, so it belongs to accuracy.</source>
        <translation>McNemar 精确检验比较的是错误率，因此对应准确率。</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="272"/>
        <source>Difference of the two runs&apos; own values; without paired predictions it has no interval and no test.</source>
        <translation>两次运行各自数值之差；没有配对预测，因此没有区间，也没有检验。</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="287"/>
        <source>McNemar&apos;s test of the error rates (on the accuracy row)</source>
        <translation>错误率的 McNemar 检验（位于准确率一行）</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="296"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="299"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="299"/>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="301"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="301"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="303"/>
        <source>Δ (B − A)</source>
        <translation>Δ（B − A）</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="305"/>
        <source>%1% interval of Δ</source>
        <translation>Δ 的 %1% 区间</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="307"/>
        <source>Interval method</source>
        <translation>区间方法</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="309"/>
        <source>p (exact)</source>
        <translation>p（精确）</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="311"/>
        <source>p (mid-p)</source>
        <translation>p（mid-p）</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="313"/>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <location filename="../gui/models/comparisontablemodel.cpp" line="291"/>
        <location filename="../gui/models/comparisontablemodel.cpp" line="314"/>
        <source>Significant at %1</source>
        <translation>在 %1 水平显著</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="90"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="137"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="60"/>
        <source>A better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="54"/>
        <source>▲ B higher</source>
        <translation>▲ B 更高</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="54"/>
        <source>▼ B lower</source>
        <translation>▼ B 更低</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="55"/>
        <source>B higher</source>
        <translation>B 更高</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="55"/>
        <source>B lower</source>
        <translation>B 更低</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="63"/>
        <source>Yes, %1</source>
        <translation>是，%1</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="64"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="74"/>
        <source>&lt; 1e-300</source>
        <translation>&lt; 1e-300</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="96"/>
        <source>Unpaired: each run&apos;s own value and interval; Δ is the plain difference of the two values, without an interval or a test.</source>
        <translation>非配对：各次运行自身的数值和区间；Δ 只是两个数值之差，没有区间，也没有检验。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="99"/>
        <source>Significant at %1: the %2% paired interval of Δ excludes 0. Where lower is better (losses, errors), B is better when Δ is negative.</source>
        <translation>在 %1 水平显著：Δ 的 %2% 配对区间不包含 0。对于越低越好的指标（损失、误差），Δ 为负表示 B 更好。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="103"/>
        <source>Significant at %1: the %2% interval of Δ excludes 0, or, for accuracy, McNemar&apos;s exact p &lt; %3. The p-values belong to accuracy: McNemar&apos;s test compares the error rates.</source>
        <translation>在 %1 水平显著：Δ 的 %2% 区间不包含 0；对于准确率，也可以是 McNemar 精确 p &lt; %3。p 值对应准确率：McNemar 检验比较的是错误率。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="114"/>
        <source>F1 of B minus F1 of A for each class, largest gain first; no class has a paired interval.</source>
        <translation>每个类别 B 的 F1 减去 A 的 F1，增益最大者在前；没有类别有配对区间。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="116"/>
        <source>F1 of B minus F1 of A for each class, largest gain first, with %1% paired intervals (%2). Green and red: the interval excludes 0.</source>
        <translation>每个类别 B 的 F1 减去 A 的 F1，增益最大者在前，附 %1% 配对区间（%2）。绿色和红色：区间不包含 0。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="137"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="60"/>
        <source>B better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="126"/>
        <source>McNemar&apos;s test on the samples the models disagree on: A wrong and B right %1, A right and B wrong %2 (both right %3, both wrong %4).</source>
        <translation>对两个模型判断不一致的样本进行 McNemar 检验：A 错 B 对 %1 个，A 对 B 错 %2 个（两者都对 %3 个，两者都错 %4 个）。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="49"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="139"/>
        <source>The difference in error rates is not significant at the %1 level.</source>
        <translation>错误率的差异在 %1 水平下不显著。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="135"/>
        <source>The error rates differ significantly at the %1 level; %2 makes fewer errors.</source>
        <translation>错误率在 %1 水平下存在显著差异；%2 的错误更少。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="133"/>
        <source>The models never disagree: no evidence of a difference.</source>
        <translation>两个模型从不存在分歧：没有差异的证据。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="65"/>
        <source>Yes, %1 (%2)</source>
        <translation>是，%1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="32"/>
        <source>interval excludes 0</source>
        <translation>区间不包含 0</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="30"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="130"/>
        <source>p = %1 (exact), %2 (mid-p).</source>
        <translation>p = %1（精确），%2（mid-p）。</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="59"/>
        <source>▲ B better</source>
        <translation>▲ B 更好</translation>
    </message>
    <message>
        <location filename="../gui/common/comparisontext.cpp" line="59"/>
        <source>▼ A better</source>
        <translation>▼ A 更好</translation>
    </message>
</context>
<context>
    <name>ConfigurationModel</name>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="20"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="22"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="22"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="43"/>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="45"/>
        <source>%1: SHA-256</source>
        <translation>%1：SHA-256</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="47"/>
        <source>%1: evaluated samples</source>
        <translation>%1：已评估样本</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="50"/>
        <source>%1: samples with non-finite outputs</source>
        <translation>%1：输出非有限值的样本</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="53"/>
        <source>%1: elements</source>
        <translation>%1：元素</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="56"/>
        <source>%1: average precision error bound</source>
        <translation>%1：平均精度误差界</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="57"/>
        <source>|binned − exact| ≤ %1</source>
        <translation>|分箱 − 精确| ≤ %1</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="60"/>
        <source>%1: AUROC bins, error bound</source>
        <translation>%1：AUROC 分箱数、误差界</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="61"/>
        <source>%1 bins, |binned − exact| ≤ %2</source>
        <translation>%1 个分箱，|分箱值 − 精确值| ≤ %2</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="70"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="71"/>
        <source>Dataset format</source>
        <translation>数据集格式</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="74"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="75"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="77"/>
        <source>Labels</source>
        <translation>标签数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="78"/>
        <source>Targets</source>
        <translation>目标数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="79"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="87"/>
        <source>Sample shape</source>
        <translation>样本形状</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="89"/>
        <source>Label shape (per sample)</source>
        <translation>标签形状（每个样本）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="96"/>
        <source>Class-names file</source>
        <translation>类别名称文件</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="97"/>
        <source>none (the dataset&apos;s names)</source>
        <translation>无（使用数据集中的名称）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="112"/>
        <source>Input normalisation</source>
        <translation>输入归一化</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="113"/>
        <source>(x − %1) / %2</source>
        <translation>(x − %1) / %2</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="118"/>
        <source>Per-channel mean</source>
        <translation>各通道均值</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="120"/>
        <source>Per-channel standard deviation</source>
        <translation>各通道标准差</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="121"/>
        <source>Resize (shorter side, pixels)</source>
        <translation>缩放（短边，像素）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="122"/>
        <source>Centre crop (height, width)</source>
        <translation>中心裁剪（高，宽）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="123"/>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="124"/>
        <source>Skip undecodable images</source>
        <translation>跳过无法解码的图像</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="125"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="126"/>
        <source>Device (requested)</source>
        <translation>设备（请求）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="128"/>
        <source>AUROC bins per class (requested)</source>
        <translation>每类 AUROC 分箱数（请求）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="130"/>
        <source>Per-sample predictions saved</source>
        <translation>已保存逐样本预测</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="131"/>
        <source>Result written to</source>
        <translation>结果写入</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="132"/>
        <source>Task (requested)</source>
        <translation>任务（请求）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="133"/>
        <source>Ignore index</source>
        <translation>忽略索引</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="134"/>
        <source>Class dimension of the output</source>
        <translation>输出的类别维度</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="135"/>
        <source>Multi-label threshold</source>
        <translation>多标签阈值</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="136"/>
        <source>Output entry (dict)</source>
        <translation>输出条目（dict）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="137"/>
        <source>Output element (tuple)</source>
        <translation>输出元素（tuple）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="151"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="153"/>
        <source>%1 (chosen by the engine)</source>
        <translation>%1（由引擎选择）</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="154"/>
        <source>Threads per rank</source>
        <translation>每个进程的线程数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="157"/>
        <source>CPU binding</source>
        <translation>CPU 绑定</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="159"/>
        <source>as mpirun set it</source>
        <translation>保持 mpirun 的设置</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="160"/>
        <source>widened to each rank&apos;s share of the node</source>
        <translation>扩展到每个进程在节点上的份额</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="163"/>
        <source>Engine option “%1”</source>
        <translation>引擎选项“%1”</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="177"/>
        <source>Result file</source>
        <translation>结果文件</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="178"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="179"/>
        <source>Engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="182"/>
        <source>Confidence level</source>
        <translation>置信水平</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="184"/>
        <source>Bootstrap replicates</source>
        <translation>Bootstrap 重抽样次数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="185"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="186"/>
        <source>Zero division</source>
        <translation>除零处理</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="187"/>
        <source>World size</source>
        <translation>进程总数</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="197"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="198"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="243"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../gui/models/configurationmodel.cpp" line="243"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>ConfusionDifferencePlot</name>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="53"/>
        <source>Count of B − count of A</source>
        <translation>B 的计数 − A 的计数</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="41"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="42"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusiondifferenceplot.cpp" line="129"/>
        <source>True class: %1
Predicted class: %2
A: %3
B: %4
B − A: %5</source>
        <translation>真实类别：%1
预测类别：%2
A：%3
B：%4
B − A：%5</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixPlot</name>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="47"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="48"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="152"/>
        <source>True class: %1
Predicted class: %2
Count: %3
Share of the true class (row): %4
Share of the predicted class (column): %5</source>
        <translation>真实类别：%1
预测类别：%2
数量：%3
占真实类别（行）：%4
占预测类别（列）：%5</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="232"/>
        <source>Count (log scale)</source>
        <translation>数量（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="232"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="235"/>
        <source>% of the true class (log scale)</source>
        <translation>占真实类别的 %（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="236"/>
        <source>% of the true class</source>
        <translation>占真实类别的 %</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="239"/>
        <source>% of the predicted class (log scale)</source>
        <translation>占预测类别的 %（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/plots/confusionmatrixplot.cpp" line="240"/>
        <source>% of the predicted class</source>
        <translation>占预测类别的 %</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="21"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="23"/>
        <source>% of true class (rows)</source>
        <translation>占真实类别的 %（行）</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="26"/>
        <source>% of predicted class (columns)</source>
        <translation>占预测类别的 %（列）</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="28"/>
        <source>Logarithmic colour scale</source>
        <translation>对数色阶</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="30"/>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="32"/>
        <source>Wheel: zoom · drag: pan · hover: details · click: its samples (Shift: a block)</source>
        <translation>滚轮：缩放 · 拖动：平移 · 悬停：详情 · 单击：该格的样本（Shift：一个区域）</translation>
    </message>
    <message>
        <location filename="../gui/results/confusionmatrixview.cpp" line="45"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../gui/export/csvexporter.cpp" line="98"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CurveBuilder</name>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="54"/>
        <source>This result file holds no curves: it was written by an older disteval-engine (result schema %1), before results kept what ROC, precision-recall, confidence and top-k curves are drawn from. Evaluate the checkpoints again with this version of the engine to see them.</source>
        <translation>此结果文件不含曲线：它由较旧的 disteval-engine（结果格式版本 %1）写入，当时的结果尚不保存绘制 ROC、精确率–召回率、置信度和 Top-k 曲线所需的数据。请用此版本的引擎重新评估这些检查点以查看曲线。</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="59"/>
        <source>This model&apos;s result holds no curves: the run stored none (it does not with --auroc-bins 0, nor when classes × bins exceed what the engine keeps).</source>
        <translation>此模型的结果不含曲线：该运行没有保存曲线（使用 --auroc-bins 0 时不保存；类别数 × 分箱数超出引擎保存的上限时也不保存）。</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="67"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="69"/>
        <source>Precision–recall</source>
        <translation>精确率–召回率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="71"/>
        <source>Confidence threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="73"/>
        <source>Top-k accuracy</source>
        <translation>Top-k 准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="75"/>
        <source>Reliability diagram</source>
        <translation>可靠性图</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="83"/>
        <source>Micro average</source>
        <translation>微平均</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="85"/>
        <source>Macro average</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="92"/>
        <source>%1 n/a</source>
        <translation>%1 不适用</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="94"/>
        <source>%1 %2, interval n/a</source>
        <translation>%1 %2，区间不适用</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="95"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="103"/>
        <source>%1% interval: %2</source>
        <translation>%1% 区间：%2</translation>
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
        <translation>%1 · 无精确率–召回率曲线</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="142"/>
        <source>Precision at a given recall is not averaged over classes; the mean of the classes&apos; AP is given below the plot.</source>
        <translation>给定召回率下的精确率不在类别间求平均；各类别 AP 的均值见图表下方。</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="170"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="171"/>
        <source>The area under the curve of every class&apos;s scores pooled (scikit-learn&apos;s micro average); the result gives no interval for it.</source>
        <translation>将所有类别的分数合并后所得曲线的曲线下面积（scikit-learn 的微平均）；结果未给出其区间。</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="174"/>
        <source>The average precision of every class&apos;s scores pooled (scikit-learn&apos;s micro average); the result gives no interval for it.</source>
        <translation>将所有类别的分数合并后计算的平均精度（scikit-learn 的微平均）；结果未给出其区间。</translation>
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
        <translation>无曲线：该类别需要同时有正样本和负样本。</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="190"/>
        <source>No curve: the class has no positive sample.</source>
        <translation>无曲线：该类别没有正样本。</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="200"/>
        <source>Accuracy of the elements kept</source>
        <translation>保留元素的准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="200"/>
        <source>Accuracy of the samples kept</source>
        <translation>保留样本的准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="201"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="202"/>
        <source>Share of the elements kept (coverage)</source>
        <translation>保留元素的比例（覆盖率）</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="203"/>
        <source>Share of the samples kept (coverage)</source>
        <translation>保留样本的比例（覆盖率）</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="204"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="209"/>
        <source>%1 of %2 elements have a higher confidence; %3 of them right</source>
        <translation>%2 个元素中有 %1 个置信度更高，其中 %3 个正确</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="210"/>
        <source>%1 of %2 samples have a higher confidence; %3 of them right</source>
        <translation>%2 个样本中有 %1 个置信度更高，其中 %3 个正确</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="230"/>
        <source>Top-k accuracy with %1% Wilson intervals</source>
        <translation>Top-k 准确率，附 %1% Wilson 区间</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="238"/>
        <source>%1 of %2 samples</source>
        <translation>%2 个样本中的 %1 个</translation>
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
        <translation>置信度 (%1, %2]：%3 个元素</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="260"/>
        <source>Confidence (%1, %2]: %3 samples</source>
        <translation>置信度 (%1, %2]：%3 个样本</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvebuilder.cpp" line="313"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
</context>
<context>
    <name>CurveChoiceModel</name>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="93"/>
        <source>Micro average</source>
        <translation>微平均</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="95"/>
        <source>Macro average</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="105"/>
        <source>Every class&apos;s scores pooled into one curve (scikit-learn&apos;s micro average)</source>
        <translation>所有类别的分数合并为一条曲线（scikit-learn 的微平均）</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="109"/>
        <source>The mean of the classes&apos; ROC curves</source>
        <translation>各类别 ROC 曲线的均值</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="110"/>
        <source>There is no macro-average precision–recall curve: precision at a recall is not averaged over classes.</source>
        <translation>不存在宏平均精确率–召回率曲线：某一召回率下的精确率不在类别间求平均。</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="112"/>
        <source>Label %1: %2</source>
        <translation>标签 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/models/curvechoicemodel.cpp" line="113"/>
        <source>Class %1: %2</source>
        <translation>类别 %1：%2</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="85"/>
        <source>False positive rate</source>
        <translation>假正例率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="87"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="89"/>
        <source>Confidence threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="91"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="93"/>
        <source>Mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="102"/>
        <source>True positive rate</source>
        <translation>真正例率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="104"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="106"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="108"/>
        <source>Top-k accuracy</source>
        <translation>Top-k 准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="110"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="138"/>
        <source>Confidence threshold (largest softmax probability)</source>
        <translation>置信度阈值（最大 softmax 概率）</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="139"/>
        <source>Accuracy and share of the elements kept</source>
        <translation>保留元素的准确率与比例</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="140"/>
        <source>Accuracy and share of the samples kept</source>
        <translation>保留样本的准确率与比例</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="143"/>
        <source>Top-k accuracy (true class among the k highest scores)</source>
        <translation>Top-k 准确率（真实类别位于得分最高的 k 个之中）</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="146"/>
        <source>Confidence (mean in bin)</source>
        <translation>置信度（区间内均值）</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="147"/>
        <source>Accuracy in bin</source>
        <translation>区间内准确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="155"/>
        <source>Chance</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="155"/>
        <source>Perfect calibration</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="226"/>
        <source>Chance: each curve&apos;s prevalence (dotted)</source>
        <translation>随机：各曲线的正样本比例（点线）</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="271"/>
        <source>The legend names the first %1 of %2 curves; point at a curve to see which it is.</source>
        <translation>图例只列出 %2 条曲线中的前 %1 条；将鼠标指向曲线即可查看是哪一条。</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="285"/>
        <source>Threshold: above every score (nothing positive)</source>
        <translation>阈值：高于所有分数（无正类预测）</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="286"/>
        <source>Threshold: probability ≥ %1</source>
        <translation>阈值：概率 ≥ %1</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="293"/>
        <location filename="../gui/plots/curveplot.cpp" line="294"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../gui/plots/curveplot.cpp" line="319"/>
        <source>%1 of %2 positives and %3 of %4 negatives at or above the threshold</source>
        <translation>%2 个正样本中的 %1 个和 %4 个负样本中的 %3 个达到或高于阈值</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <location filename="../gui/plots/curvespanel.cpp" line="17"/>
        <source>Curve:</source>
        <translation>曲线：</translation>
    </message>
    <message>
        <location filename="../gui/plots/curvespanel.cpp" line="38"/>
        <source>Curves to draw:</source>
        <translation>要绘制的曲线：</translation>
    </message>
</context>
<context>
    <name>CurvesSection</name>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="52"/>
        <source>Selective accuracy: keeping only what the model is more confident about than the threshold, the accuracy of what is kept (blue) and its share of everything evaluated (orange).</source>
        <translation>选择性准确率：只保留模型置信度高于阈值的部分，显示所保留部分的准确率（蓝色）及其在全部评估对象中所占的比例（橙色）。</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="56"/>
        <source>Top-k accuracy: the share of samples whose true class is among the k classes scored highest, with %1% Wilson intervals; k = 1 is the accuracy.</source>
        <translation>Top-k 准确率：真实类别位于得分最高的 k 个类别之中的样本比例，附 %1% Wilson 区间；k = 1 即为准确率。</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="69"/>
        <source>ROC curves: true positive rate against false positive rate at each threshold of the predicted probability; dashed: chance. AUROC with its %1% interval; the micro average&apos;s is the area under its curve.</source>
        <translation>ROC 曲线：在预测概率的每个阈值下，真正例率对假正例率；虚线：随机。AUROC 附 %1% 区间；微平均的 AUROC 为其曲线下面积。</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="74"/>
        <source>Precision-recall curves: precision against recall at each threshold of the predicted probability; dotted: the prevalence. Average precision (AP) with its %1% interval; the micro average&apos;s is computed from its curve. There is no macro-average precision-recall curve.</source>
        <translation>精确率–召回率曲线：在预测概率的每个阈值下，精确率对召回率；点线：正样本比例。平均精度（AP）附 %1% 区间；微平均的 AP 由其曲线计算。不存在宏平均精确率–召回率曲线。</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="83"/>
        <source>With %1, only the micro and macro averages are drawn here; every class&apos;s curve is in the app&apos;s Curves tab and its points in the CSV export (%2).</source>
        <translation>共 %1，此处只绘制微平均和宏平均；每个类别的曲线见应用的“曲线”标签页，其数据点见 CSV 导出（%2）。</translation>
    </message>
    <message>
        <location filename="../gui/export/curvessection.cpp" line="103"/>
        <source>Curves: %1</source>
        <translation>曲线：%1</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="67"/>
        <source>Keeping only what the model is more confident about than the threshold: the accuracy of what is kept, and its share of everything evaluated (coverage). A model whose confidence means something grows more accurate as it keeps less. Thresholds step by 1/300.</source>
        <translation>只保留模型置信度高于阈值的部分：所保留部分的准确率，及其在全部评估对象中所占的比例（覆盖率）。置信度有意义的模型，保留得越少就越准确。阈值步长为 1/300。</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="72"/>
        <source>The share of samples whose true class is among the k classes scored highest, with %1% Wilson intervals; k = 1 is the accuracy.</source>
        <translation>真实类别位于得分最高的 k 个类别之中的样本比例，附 %1% Wilson 区间；k = 1 即为准确率。</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="86"/>
        <source>Each point is a threshold on the predicted probability: the share of the positives found (true positive rate) against the share of the negatives taken for positives. The dashed diagonal is chance. The legend gives each AUROC with its %1% interval; the micro average&apos;s is the area under its curve (no interval).</source>
        <translation>每个点对应预测概率上的一个阈值：找出的正样本所占比例（真正例率）对被当作正样本的负样本所占比例。虚线对角线表示随机。图例给出每条曲线的 AUROC 及其 %1% 区间；微平均的 AUROC 为其曲线下面积（无区间）。</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="93"/>
        <source>Each point is a threshold on the predicted probability: the share of the predicted positives that are right (precision) against the share of the positives found (recall). A dotted line is a prevalence, the precision of guessing. The legend gives each average precision (AP) with its %1% interval; the micro average&apos;s is computed from its curve (no interval).</source>
        <translation>每个点对应预测概率上的一个阈值：预测为正的样本中正确者所占比例（精确率）对找出的正样本所占比例（召回率）。点线表示正样本比例，即随机猜测的精确率。图例给出每条曲线的平均精度（AP）及其 %1% 区间；微平均的 AP 由其曲线计算（无区间）。</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="110"/>
        <source>Mean AP over the %1 labels with positives: %2.</source>
        <translation>%1 个有正样本的标签的平均 AP：%2。</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="111"/>
        <source>Mean AP over the %1 classes with positives: %2.</source>
        <translation>%1 个有正样本的类别的平均 AP：%2。</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="117"/>
        <source>At first the averages and the %1 labels with the lowest AUROC are drawn; check others in the list (type to filter).</source>
        <translation>初始只绘制平均曲线和 AUROC 最低的 %1 个标签；可在列表中勾选其他标签（输入文字可筛选）。</translation>
    </message>
    <message>
        <location filename="../gui/results/curvesview.cpp" line="119"/>
        <source>At first the averages and the %1 classes with the lowest AUROC are drawn; check others in the list (type to filter).</source>
        <translation>初始只绘制平均曲线和 AUROC 最低的 %1 个类别；可在列表中勾选其他类别（输入文字可筛选）。</translation>
    </message>
</context>
<context>
    <name>DatasetInspection</name>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="14"/>
        <source>The engine&apos;s description of the dataset is incomplete.</source>
        <translation>引擎对数据集的描述不完整。</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="50"/>
        <source>Format: %1
Samples: %2
Classes: %3</source>
        <translation>格式：%1
样本数：%2
类别数：%3</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="53"/>
        <source>Format: %1
Samples: %2</source>
        <translation>格式：%1
样本数：%2</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="55"/>
        <source>Input shape: %1</source>
        <translation>输入形状：%1</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="57"/>
        <source>Inputs: %1</source>
        <translation>输入：%1</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="60"/>
        <source>Labels per sample: %1 (%2)</source>
        <translation>每个样本的标签：%1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="62"/>
        <source>real numbers</source>
        <translation>实数</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="63"/>
        <source>integers</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../gui/setup/datasetinspection.cpp" line="68"/>
        <source>Class names: %1</source>
        <translation>类别名称：%1</translation>
    </message>
</context>
<context>
    <name>DeltaF1Plot</name>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="50"/>
        <source>B better (interval excludes 0)</source>
        <translation>B 更好（区间不包含 0）</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="52"/>
        <source>B worse (interval excludes 0)</source>
        <translation>B 更差（区间不包含 0）</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="30"/>
        <source>Class (sorted by effect)</source>
        <translation>类别（按效应排序）</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="54"/>
        <source>Interval includes 0, or none</source>
        <translation>区间包含 0，或无区间</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="165"/>
        <source>Class: %1
ΔF1 (B − A): %2
%3% interval: %4</source>
        <translation>类别：%1
ΔF1（B − A）：%2
%3% 区间：%4</translation>
    </message>
    <message>
        <location filename="../gui/plots/deltaf1plot.cpp" line="31"/>
        <source>ΔF1 (B − A)</source>
        <translation>ΔF1（B − A）</translation>
    </message>
</context>
<context>
    <name>DeltaF1TableModel</name>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="89"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="89"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="145"/>
        <source>Interval method: %1</source>
        <translation>区间方法：%1</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="150"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="152"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="154"/>
        <source>F1 of A</source>
        <translation>A 的 F1</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="156"/>
        <source>F1 of B</source>
        <translation>B 的 F1</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="158"/>
        <source>ΔF1</source>
        <translation>ΔF1</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="160"/>
        <source>%1% interval</source>
        <translation>%1% 区间</translation>
    </message>
    <message>
        <location filename="../gui/models/deltaf1tablemodel.cpp" line="162"/>
        <source>Excludes 0</source>
        <translation>不含 0</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <location filename="../gui/app/demofiles.cpp" line="99"/>
        <source>&lt;p&gt;The demo checkpoints (&lt;code&gt;fashion-cnn-early.pt&lt;/code&gt;, &lt;code&gt;fashion-cnn-full.pt&lt;/code&gt;) are not there yet. disteval trains them itself in a few seconds; make them with&lt;/p&gt;&lt;pre&gt;scripts/make-demo-models.sh build/demo&lt;/pre&gt;&lt;p&gt;in a build of disteval, or, where disteval is installed,&lt;/p&gt;&lt;pre&gt;disteval-train-demo --data %1 --out %2&lt;/pre&gt;&lt;p&gt;Looked in:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>&lt;p&gt;演示检查点（&lt;code&gt;fashion-cnn-early.pt&lt;/code&gt;、&lt;code&gt;fashion-cnn-full.pt&lt;/code&gt;）尚不存在。disteval 可在几秒内自行训练它们；在 disteval 的构建目录中运行&lt;/p&gt;&lt;pre&gt;scripts/make-demo-models.sh build/demo&lt;/pre&gt;&lt;p&gt;或在已安装 disteval 的系统上运行&lt;/p&gt;&lt;pre&gt;disteval-train-demo --data %1 --out %2&lt;/pre&gt;&lt;p&gt;已查找：&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../gui/app/demofiles.cpp" line="111"/>
        <source>&lt;p&gt;The Fashion-MNIST test set was not found in &lt;code&gt;%1&lt;/code&gt;. Install the package &lt;code&gt;dataset-fashion-mnist&lt;/code&gt;, or set &lt;code&gt;DISTEVAL_FASHION_MNIST&lt;/code&gt; to the folder that holds &lt;code&gt;t10k-images-idx3-ubyte.gz&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在 &lt;code&gt;%1&lt;/code&gt; 中未找到 Fashion-MNIST 测试集。请安装软件包 &lt;code&gt;dataset-fashion-mnist&lt;/code&gt;，或将 &lt;code&gt;DISTEVAL_FASHION_MNIST&lt;/code&gt; 设为包含 &lt;code&gt;t10k-images-idx3-ubyte.gz&lt;/code&gt; 的文件夹。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/app/demofiles.cpp" line="117"/>
        <source>&lt;p&gt;The class names (&lt;code&gt;fashion-mnist-classes.txt&lt;/code&gt;) were not found beside the checkpoints; the demo runs without them, with class numbers instead of names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在检查点旁未找到类别名称（&lt;code&gt;fashion-mnist-classes.txt&lt;/code&gt;）；演示仍可运行，但以类别编号代替名称。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EngineNotice</name>
    <message>
        <location filename="../gui/setup/enginenotice.cpp" line="19"/>
        <source>Locate Engine...</source>
        <translation>定位引擎...</translation>
    </message>
</context>
<context>
    <name>EngineQuery</name>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="72"/>
        <source>disteval-engine stopped unexpectedly.</source>
        <translation>disteval-engine 意外停止。</translation>
    </message>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="74"/>
        <source>disteval-engine gave an answer this app does not understand.</source>
        <translation>disteval-engine 返回了本应用无法理解的答复。</translation>
    </message>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="87"/>
        <source>disteval-engine could not be started (%1): %2</source>
        <translation>无法启动 disteval-engine（%1）：%2</translation>
    </message>
    <message>
        <location filename="../gui/setup/enginequery.cpp" line="95"/>
        <source>disteval-engine did not answer in time.</source>
        <translation>disteval-engine 未能及时响应。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../gui/common/errortext.cpp" line="8"/>
        <location filename="../gui/common/errortext.cpp" line="36"/>
        <source>The engine did not accept its command line.</source>
        <translation>引擎不接受其命令行参数。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="10"/>
        <location filename="../gui/common/errortext.cpp" line="38"/>
        <source>The dataset cannot be read.</source>
        <translation>无法读取数据集。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="12"/>
        <location filename="../gui/common/errortext.cpp" line="40"/>
        <source>A model checkpoint cannot be loaded.</source>
        <translation>无法加载模型检查点。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="14"/>
        <source>The model&apos;s number of outputs does not match the dataset&apos;s classes.</source>
        <translation>模型的输出数量与数据集的类别数不一致。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="16"/>
        <source>The model&apos;s output and the dataset&apos;s labels do not fit the chosen task.</source>
        <translation>模型的输出与数据集的标签不符合所选任务。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="18"/>
        <source>A custom metric cannot be used.</source>
        <translation>无法使用自定义指标。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="20"/>
        <location filename="../gui/common/errortext.cpp" line="42"/>
        <source>The result file cannot be written.</source>
        <translation>无法写入结果文件。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="22"/>
        <location filename="../gui/common/errortext.cpp" line="44"/>
        <source>The requested device is not available.</source>
        <translation>所请求的设备不可用。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="24"/>
        <location filename="../gui/common/errortext.cpp" line="46"/>
        <source>One of the ranks failed.</source>
        <translation>其中一个进程（rank）失败。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="26"/>
        <source>The engine hit an internal error.</source>
        <translation>引擎发生内部错误。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="27"/>
        <source>The engine reported an error (%1).</source>
        <translation>引擎报告了一个错误（%1）。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="34"/>
        <source>The engine finished successfully.</source>
        <translation>引擎已成功完成。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="48"/>
        <source>The job ended with exit code %1.</source>
        <translation>作业以退出码 %1 结束。</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="55"/>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="57"/>
        <source>Evaluating</source>
        <translation>评估中</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="59"/>
        <source>Combining the ranks&apos; statistics</source>
        <translation>合并各进程的统计量</translation>
    </message>
    <message>
        <location filename="../gui/common/errortext.cpp" line="61"/>
        <source>Writing the result</source>
        <translation>写入结果</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="32"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="32"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="31"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="31"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="35"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="36"/>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="37"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="64"/>
        <source>PDF Report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="66"/>
        <source>Most confident mistakes per class, with thumbnails</source>
        <translation>各类别最自信的错误，附缩略图</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="78"/>
        <source>The samples&apos; inputs are rendered by disteval-engine from the run&apos;s dataset.</source>
        <translation>样本的输入由 disteval-engine 根据该运行的数据集渲染。</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="80"/>
        <source>Needs the run&apos;s per-sample records (“Save per-sample predictions”).</source>
        <translation>需要该运行的逐样本记录（“保存逐样本预测”）。</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="86"/>
        <source>Mistakes per class:</source>
        <translation>每个类别的错误数：</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="112"/>
        <source>PNG Resolution</source>
        <translation>PNG 分辨率</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="113"/>
        <source>Resolution of the image (dots per inch):</source>
        <translation>图像分辨率（每英寸点数）：</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="139"/>
        <source>Replace Files</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialogs.cpp" line="140"/>
        <source>These files exist already and will be replaced:

%1

Replace them?</source>
        <translation>以下文件已存在，将被替换：

%1

是否替换？</translation>
    </message>
</context>
<context>
    <name>FileListWidget</name>
    <message>
        <location filename="../gui/setup/filelistwidget.cpp" line="28"/>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <location filename="../gui/setup/filelistwidget.cpp" line="29"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>FilterCheckList</name>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="19"/>
        <source>Filter by name or number</source>
        <translation>按名称或编号筛选</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="29"/>
        <source>Check Shown</source>
        <translation>勾选显示项</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="31"/>
        <source>Check every entry the filter shows</source>
        <translation>勾选筛选后显示的所有条目</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="32"/>
        <source>Uncheck All</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="110"/>
        <source>%1 entries</source>
        <translation>%1 个条目</translation>
    </message>
    <message>
        <location filename="../gui/common/filterchecklist.cpp" line="111"/>
        <source>%1 of %2 entries shown</source>
        <translation>显示 %2 个条目中的 %1 个</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../gui/app/gettingstarteddialog.cpp" line="15"/>
        <source>Getting Started with disteval</source>
        <translation>disteval 入门</translation>
    </message>
    <message>
        <location filename="../gui/app/gettingstarteddialog.cpp" line="20"/>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;p&gt;disteval evaluates PyTorch classifiers on several MPI ranks (CPU processes or GPUs) and gives exactly the numbers one process would, each with its confidence interval.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Try the demo.&lt;/b&gt; &lt;i&gt;Help › Open the Demo&lt;/i&gt; fills in two checkpoints of a small Fashion-MNIST classifier, the Fashion-MNIST test set and its class names. Press &lt;b&gt;Run&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your own models.&lt;/b&gt; Add TorchScript checkpoints (&lt;code&gt;torch.jit.save&lt;/code&gt;) with &lt;i&gt;Add…&lt;/i&gt; or by dropping them on the window, choose the dataset (a file or a folder) and press &lt;b&gt;Run&lt;/b&gt;. The app says what the dataset is before the run. Models of one run are scored on the same samples and compared pairwise.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow the run&lt;/b&gt; in the &lt;i&gt;Run&lt;/i&gt; tab: one bar per rank, the engine&apos;s output, and in plain words what went wrong if it fails.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read the results&lt;/b&gt; in &lt;i&gt;Results&lt;/i&gt; (summary with intervals, confusion matrix, per class, calibration), &lt;i&gt;Compare&lt;/i&gt; (two checkpoints, paired tests) and &lt;i&gt;History&lt;/i&gt; (every run). &lt;i&gt;Export Report…&lt;/i&gt; writes a PDF or CSV tables.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Results are written to &lt;code&gt;%1&lt;/code&gt; unless you choose another output folder. &lt;i&gt;Copy Command&lt;/i&gt; gives the same run as an &lt;code&gt;mpirun&lt;/code&gt; command line for a cluster, &lt;i&gt;Run › Slurm Batch Script…&lt;/i&gt; as a script for &lt;code&gt;sbatch&lt;/code&gt;; the result file opens here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;入门&lt;/h3&gt;&lt;p&gt;disteval 在多个 MPI 进程（CPU 进程或 GPU）上评估 PyTorch 分类器，给出与单进程完全相同的数值，并附带各自的置信区间。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;试用演示。&lt;/b&gt;&lt;i&gt;帮助 › 打开演示&lt;/i&gt; 会填入一个小型 Fashion-MNIST 分类器的两个检查点、Fashion-MNIST 测试集及其类别名称。然后按 &lt;b&gt;运行&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;您自己的模型。&lt;/b&gt;通过 &lt;i&gt;添加…&lt;/i&gt; 或拖放到窗口中添加 TorchScript 检查点（&lt;code&gt;torch.jit.save&lt;/code&gt;），选择数据集（文件或文件夹），然后按 &lt;b&gt;运行&lt;/b&gt;。应用会在运行前说明数据集的内容。同一次运行中的模型在相同样本上评分并两两比较。&lt;/li&gt;&lt;li&gt;在 &lt;i&gt;运行&lt;/i&gt; 标签页中&lt;b&gt;跟踪运行&lt;/b&gt;：每个进程一个进度条、引擎的输出，运行失败时会用通俗的语言说明原因。&lt;/li&gt;&lt;li&gt;在 &lt;i&gt;结果&lt;/i&gt;（带区间的摘要、混淆矩阵、各类别、校准）、&lt;i&gt;比较&lt;/i&gt;（两个检查点、配对检验）和 &lt;i&gt;历史&lt;/i&gt;（每次运行）中&lt;b&gt;阅读结果&lt;/b&gt;。&lt;i&gt;导出报告…&lt;/i&gt; 可写出 PDF 或 CSV 表格。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;除非您选择其他输出文件夹，结果将写入 &lt;code&gt;%1&lt;/code&gt;。&lt;i&gt;复制命令&lt;/i&gt; 会给出相同运行的 &lt;code&gt;mpirun&lt;/code&gt; 命令行，可用于集群；&lt;i&gt;运行 › Slurm 批处理脚本…&lt;/i&gt; 会给出用于 &lt;code&gt;sbatch&lt;/code&gt; 的脚本；结果文件可在此打开。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/app/gettingstarteddialog.cpp" line="47"/>
        <source>Open the Demo</source>
        <translation>打开演示</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="110"/>
        <source>disteval: cannot export to &apos;%1&apos;: use a .pdf, .csv, .png or .svg file.</source>
        <translation>disteval：无法导出到“%1”：请使用 .pdf、.csv、.png 或 .svg 文件。</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="116"/>
        <source>disteval: unknown plot &apos;%1&apos; (use %2).</source>
        <translation>disteval：未知图表“%1”（请使用 %2）。</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="135"/>
        <location filename="../gui/export/headlessexport.cpp" line="160"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="141"/>
        <source>disteval: --model must be between 1 and %1.</source>
        <translation>disteval：--model 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="146"/>
        <source>disteval: this result has no %1 curve: %2</source>
        <translation>disteval：此结果没有 %1 曲线：%2</translation>
    </message>
    <message>
        <location filename="../gui/export/headlessexport.cpp" line="148"/>
        <source>disteval: this result (%1) has no %2 plot.</source>
        <translation>disteval：此结果（%1）没有 %2 图表。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="13"/>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="16"/>
        <source>Open the &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="18"/>
        <source>Set up a run of the demo checkpoints on the Fashion-MNIST test set</source>
        <translation>设置在 Fashion-MNIST 测试集上运行演示检查点</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="21"/>
        <source>&amp;About disteval</source>
        <translation>关于 disteval(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="47"/>
        <source>About disteval</source>
        <translation>关于 disteval</translation>
    </message>
    <message>
        <location filename="../gui/app/helpmenu.cpp" line="48"/>
        <source>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;Exact distributed evaluation of PyTorch classifiers, with confidence intervals.&lt;/p&gt;&lt;p&gt;The app starts &lt;code&gt;disteval-engine&lt;/code&gt; under Open MPI and shows its progress and results.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;精确的 PyTorch 分类器分布式评估，附带置信区间。&lt;/p&gt;&lt;p&gt;本应用在 Open MPI 下启动 &lt;code&gt;disteval-engine&lt;/code&gt;，并显示其进度和结果。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryComparison</name>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="75"/>
        <source>%1, so the two runs cannot be paired: they are shown side by side with their own intervals, without a paired test. Run with &quot;Save per-sample predictions&quot; to compare runs pairwise.</source>
        <translation>%1，因此两次运行无法配对：它们将并排显示各自的区间，不做配对检验。请启用“保存逐样本预测”以便对运行进行配对比较。</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="72"/>
        <source>Neither run saved its per-sample predictions</source>
        <translation>两次运行都没有保存逐样本预测</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="44"/>
        <source>the runs evaluate different tasks (%1 and %2)</source>
        <translation>两次运行评估的是不同的任务（%1 和 %2）</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="62"/>
        <source>The predicted classes that pair two runs are saved for classification only, so two runs of this task cannot be paired: they are shown side by side with their own intervals, without a paired test.</source>
        <translation>用于配对两次运行的预测类别仅在分类任务中保存，因此该任务的两次运行无法配对：它们并排显示各自的区间，不做配对检验。</translation>
    </message>
    <message>
        <location filename="../gui/compare/historycomparison.cpp" line="73"/>
        <source>Run &quot;%1&quot; did not save its per-sample predictions</source>
        <translation>运行“%1”没有保存逐样本预测</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../gui/history/historyview.cpp" line="78"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="85"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="74"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="95"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="90"/>
        <source>&amp;Undo Delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="80"/>
        <source>Compare the two selected runs (the older one is A)</source>
        <translation>比较所选的两次运行（较早的为 A）</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="294"/>
        <source>Deleted: %1. Undo Delete (Ctrl+Z) brings it back until disteval is closed.</source>
        <translation>已删除：%1。在关闭 disteval 之前，可用“撤销删除”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="32"/>
        <source>Ended without result</source>
        <translation>已结束但无结果</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="36"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="71"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="97"/>
        <source>Look again for results of runs left running in the background</source>
        <translation>重新查找在后台继续运行的作业的结果</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="110"/>
        <source>Macro F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="277"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="180"/>
        <source>No per-sample predictions: comparisons with this run are unpaired.</source>
        <translation>没有逐样本预测：与此运行的比较为非配对比较。</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="197"/>
        <source>No runs yet. Every finished run is kept here (in %1).</source>
        <translation>尚无运行记录。每次完成的运行都会保存在这里（位于 %1）。</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="77"/>
        <source>Open the selected run&apos;s result</source>
        <translation>打开所选运行的结果</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="178"/>
        <source>Per-sample predictions saved: comparisons with this run are paired.</source>
        <translation>已保存逐样本预测：与此运行的比较为配对比较。</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="110"/>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="81"/>
        <source>Re&amp;name...</source>
        <translation>重命名(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="277"/>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="306"/>
        <source>Restored: %1.</source>
        <translation>已恢复：%1。</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="190"/>
        <source>Result expected at %1</source>
        <translation>预期结果位置：%1</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="30"/>
        <source>Running in the background</source>
        <translation>正在后台运行</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="110"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="175"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../gui/history/historyview.cpp" line="174"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>IntervalNotes</name>
    <message numerus="yes">
        <location filename="../gui/models/intervalnotes.cpp" line="61"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/models/intervalnotes.cpp" line="63"/>
        <source>No interval for %1: %2</source>
        <translation>%1 无区间：%2</translation>
    </message>
    <message>
        <location filename="../gui/models/intervalnotes.cpp" line="64"/>
        <source>No interval for %1 (%2): %3</source>
        <translation>%1（%2）无区间：%3</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <location filename="../gui/run/jobcommand.cpp" line="32"/>
        <source>The extra mpirun arguments cannot be parsed.</source>
        <translation>无法解析额外的 mpirun 参数。</translation>
    </message>
    <message>
        <location filename="../gui/run/jobcommand.cpp" line="38"/>
        <source>The extra mpirun arguments contain an unbalanced quote.</source>
        <translation>额外的 mpirun 参数中有未闭合的引号。</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../gui/app/languagemanager.cpp" line="9"/>
        <source>System language</source>
        <translation>系统语言</translation>
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
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="81"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="104"/>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="21"/>
        <source>&amp;Add Checkpoints...</source>
        <translation>添加检查点(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="25"/>
        <source>Add model checkpoints</source>
        <translation>添加模型检查点</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="26"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript 检查点 (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="30"/>
        <source>Open &amp;Result...</source>
        <translation>打开结果(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="37"/>
        <location filename="../gui/app/mainwindowactions.cpp" line="78"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="41"/>
        <location filename="../gui/app/mainwindowactions.cpp" line="116"/>
        <source>Start the evaluation</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="43"/>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="47"/>
        <source>Copy &amp;Command</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="48"/>
        <source>Copy the equivalent mpirun command line</source>
        <translation>复制等效的 mpirun 命令行</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="50"/>
        <source>&amp;Slurm Batch Script...</source>
        <translation>Slurm 批处理脚本(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="51"/>
        <source>A Slurm batch script (sbatch) for this set-up</source>
        <translation>为当前设置生成 Slurm 批处理脚本（sbatch）</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="54"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="66"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="69"/>
        <source>Recent Results</source>
        <translation>最近的结果</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="84"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="85"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="97"/>
        <source>The language changes when disteval is started again.</source>
        <translation>语言将在 disteval 重新启动后更改。</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="186"/>
        <source>The run finished.</source>
        <translation>运行已完成。</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="232"/>
        <location filename="../gui/app/mainwindow.cpp" line="235"/>
        <source>Open result file</source>
        <translation>打开结果文件</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="233"/>
        <source>Result files (*.json);;All files (*)</source>
        <translation>结果文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="247"/>
        <source>No recent results</source>
        <translation>没有最近的结果</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="285"/>
        <source>Command copied: %1</source>
        <translation>命令已复制：%1</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="112"/>
        <source>Choose at least one checkpoint and a dataset first</source>
        <translation>请先选择至少一个检查点和一个数据集</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="114"/>
        <source>The dataset has not passed the engine&apos;s check (see below the dataset)</source>
        <translation>数据集尚未通过引擎检查（见数据集下方）</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="122"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="126"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="129"/>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="132"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="135"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindowactions.cpp" line="138"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="304"/>
        <source>Open the Demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="319"/>
        <source>The demo is set up: two checkpoints of a Fashion-MNIST classifier on its test set. Press Run.</source>
        <translation>演示已设置好：一个 Fashion-MNIST 分类器的两个检查点及其测试集。请按“运行”。</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="86"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="87"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../gui/app/mainwindow.cpp" line="117"/>
        <source>The run was not added to the history: %1</source>
        <translation>该运行未加入历史：%1</translation>
    </message>
</context>
<context>
    <name>MetricListWidget</name>
    <message>
        <location filename="../gui/setup/metriclistwidget.cpp" line="33"/>
        <source>Your own TorchScript metrics (--metric), summed exactly across the ranks, with intervals and paired differences. Drop metric files onto this list to add them.</source>
        <translation>您自己的 TorchScript 指标（--metric），在各进程间精确求和，附区间和配对差值。将指标文件拖放到此列表即可添加。</translation>
    </message>
    <message>
        <location filename="../gui/setup/metriclistwidget.cpp" line="68"/>
        <source>Add metric files</source>
        <translation>添加指标文件</translation>
    </message>
    <message>
        <location filename="../gui/setup/metriclistwidget.cpp" line="69"/>
        <source>TorchScript metrics (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript 指标 (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="8"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="10"/>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="12"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5 准确率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="14"/>
        <source>Cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="16"/>
        <source>Macro F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="18"/>
        <source>Weighted F1</source>
        <translation>加权 F1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="20"/>
        <source>Macro precision</source>
        <translation>宏平均精确率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="22"/>
        <source>Macro recall</source>
        <translation>宏平均召回率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="24"/>
        <source>Weighted precision</source>
        <translation>加权精确率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="26"/>
        <source>Weighted recall</source>
        <translation>加权召回率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="28"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen kappa 系数</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="30"/>
        <source>Matthews correlation</source>
        <translation>Matthews 相关系数</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="32"/>
        <source>Expected calibration error</source>
        <translation>期望校准误差</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="34"/>
        <source>ECE (debiased)</source>
        <translation>ECE（去偏）</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="36"/>
        <source>Macro AUROC</source>
        <translation>宏平均 AUROC</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="44"/>
        <source>Mean IoU</source>
        <translation>平均 IoU</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="46"/>
        <source>Frequency-weighted IoU</source>
        <translation>频率加权 IoU</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="48"/>
        <source>Mean Dice</source>
        <translation>平均 Dice</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="50"/>
        <source>Subset accuracy</source>
        <translation>子集准确率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="52"/>
        <source>Hamming loss</source>
        <translation>汉明损失</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="54"/>
        <source>Micro F1</source>
        <translation>微平均 F1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="56"/>
        <source>Samples F1</source>
        <translation>样本平均 F1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="58"/>
        <source>Micro precision</source>
        <translation>微平均精确率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="60"/>
        <source>Micro recall</source>
        <translation>微平均召回率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="62"/>
        <source>Mean average precision</source>
        <translation>平均精度均值</translation>
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
        <translation>最大误差</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="74"/>
        <source>Mean bias</source>
        <translation>平均偏差</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="93"/>
        <source>Wilson</source>
        <translation>Wilson</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="112"/>
        <source>Poisson bootstrap</source>
        <translation>泊松自助法</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="114"/>
        <source>Jackknife, logit scale</source>
        <translation>刀切法，logit 尺度</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="127"/>
        <source>Interval for the population ECE; conservative (holds it with at least the stated probability); the plug-in ECE is biased upwards, see ECE (debiased).</source>
        <translation>总体 ECE 的区间；保守（至少以所述概率包含它）；插值 ECE 偏高，参见 ECE（去偏）。</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="143"/>
        <source>label %1 (%2)</source>
        <translation>标签 %1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="145"/>
        <source>class %1 (%2)</source>
        <translation>类别 %1（%2）</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="147"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="147"/>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="158"/>
        <source>no samples</source>
        <translation>没有样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="160"/>
        <source>fewer than 2 samples</source>
        <translation>样本少于 2 个</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="162"/>
        <source>the class is never predicted</source>
        <translation>该类别从未被预测</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="164"/>
        <source>the class has no samples</source>
        <translation>该类别没有样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="166"/>
        <source>the class has no samples and is never predicted</source>
        <translation>该类别没有样本且从未被预测</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="168"/>
        <source>no positive sample</source>
        <translation>没有正样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="170"/>
        <source>no negative sample</source>
        <translation>没有负样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="172"/>
        <source>no class has both positive and negative samples</source>
        <translation>没有类别同时具有正样本和负样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="174"/>
        <source>the scores do not vary, so the variance is 0</source>
        <translation>分数没有变化，因此方差为 0</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="176"/>
        <source>the covariance between classes was not computed</source>
        <translation>未计算类别之间的协方差</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="190"/>
        <source>%1 has only %2 samples (fewer than %3): the interval of an average over classes would not be reliable</source>
        <translation>%1 只有 %2 个样本（少于 %3）：按类别平均的指标的区间将不可靠</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="194"/>
        <source>%1 has only %2 predictions (fewer than %3): the interval of an average over classes would not be reliable</source>
        <translation>%1 只有 %2 个预测（少于 %3）：按类别平均的指标的区间将不可靠</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="197"/>
        <source>%1 has only %2 samples or predictions (fewer than %3): the interval of an average over classes would not be reliable</source>
        <translation>%1 只有 %2 个样本或预测（少于 %3）：按类别平均的指标的区间将不可靠</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="206"/>
        <source>only %1 samples (fewer than %2): the paired bootstrap would not be reliable</source>
        <translation>只有 %1 个样本（少于 %2）：配对自助法将不可靠</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="212"/>
        <source>the class has only %1 samples or predictions (fewer than %2)</source>
        <translation>该类别只有 %1 个样本或预测（少于 %2）</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="222"/>
        <source>the metric is undefined on these samples</source>
        <translation>该指标在这些样本上无定义</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="223"/>
        <source>the metric is undefined in most bootstrap replicates</source>
        <translation>该指标在大多数自助重抽样中无定义</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="224"/>
        <source>elements of one sample are not independent, and this metric has no sample-level interval</source>
        <translation>同一样本的元素并不独立，而该指标没有样本级区间</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="226"/>
        <source>the label is never predicted</source>
        <translation>该标签从未被预测</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="227"/>
        <source>the label has no positive sample</source>
        <translation>该标签没有正样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="228"/>
        <source>the label has no positive sample and is never predicted</source>
        <translation>该标签没有正样本且从未被预测</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="229"/>
        <source>the label has no positive or no negative sample</source>
        <translation>该标签没有正样本或没有负样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="230"/>
        <source>no ROC histogram (--auroc-bins 0)</source>
        <translation>没有 ROC 直方图（--auroc-bins 0）</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="231"/>
        <source>no interval is computed for a binned average precision</source>
        <translation>分箱平均精度不计算区间</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="233"/>
        <source>the class has no positive sample</source>
        <translation>该类别没有正样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="234"/>
        <source>the class has no negative sample</source>
        <translation>该类别没有负样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="235"/>
        <source>the label has no negative sample</source>
        <translation>该标签没有负样本</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="236"/>
        <source>every positive sample scores above every negative one, so the variance is 0</source>
        <translation>所有正样本的分数都高于所有负样本，因此方差为 0</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="238"/>
        <source>the labels&apos; estimates are correlated; no interval is computed for their mean</source>
        <translation>各标签的估计相互关联；不计算其均值的区间</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="240"/>
        <source>the largest error is an extreme value; the bootstrap gives no valid interval for it</source>
        <translation>最大误差是极值；自助法无法为其给出有效区间</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="250"/>
        <source>fewer than %1 samples (%2): a bootstrap interval would not cover</source>
        <translation>样本少于 %1 个（%2）：自助法区间无法达到覆盖率</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="257"/>
        <source>the class has fewer than %1 positive samples</source>
        <translation>该类别的正样本少于 %1 个</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="258"/>
        <source>the label has fewer than %1 positive samples</source>
        <translation>该标签的正样本少于 %1 个</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="110"/>
        <source>Normal</source>
        <translation>正态近似</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="104"/>
        <source>DeLong</source>
        <translation>DeLong</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="95"/>
        <source>BCa bootstrap</source>
        <translation>BCa 自助法</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="98"/>
        <source>Percentile bootstrap</source>
        <translation>百分位自助法</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="100"/>
        <source>Hall (skewness-corrected)</source>
        <translation>Hall（偏度校正）</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="102"/>
        <source>Newcombe score interval</source>
        <translation>Newcombe 得分区间</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="106"/>
        <source>Conservative bound</source>
        <translation>保守界</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="108"/>
        <source>Bonett–Price</source>
        <translation>Bonett–Price</translation>
    </message>
    <message>
        <location filename="../gui/common/metricnames.cpp" line="116"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="158"/>
        <source>ECE: %1</source>
        <translation>ECE：%1</translation>
    </message>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="167"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="169"/>
        <source>Interval method</source>
        <translation>区间方法</translation>
    </message>
    <message>
        <location filename="../gui/models/metricstablemodel.cpp" line="174"/>
        <source>%1% interval</source>
        <translation>%1% 区间</translation>
    </message>
</context>
<context>
    <name>MistakesSection</name>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="34"/>
        <source>Only a classification result (one class per sample) has mistakes to list here.</source>
        <translation>只有分类结果（每个样本一个类别）才有可在此列出的错误。</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="39"/>
        <source>This result has no per-sample records, so its mistakes cannot be listed. Run the evaluation with “Save per-sample predictions” (--save-predictions).</source>
        <translation>此结果没有逐样本记录，因此无法列出其错误。请启用“保存逐样本预测”（--save-predictions）运行评估。</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="48"/>
        <source>The per-sample records cannot be used: %1</source>
        <translation>无法使用逐样本记录：%1</translation>
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
        <translation>各类别最自信的错误：%1</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="105"/>
        <source>Most confident mistakes per class</source>
        <translation>各类别最自信的错误</translation>
    </message>
    <message>
        <location filename="../gui/export/mistakessection.cpp" line="113"/>
        <source>This model makes no mistake.</source>
        <translation>此模型没有任何错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/mistakessection.cpp" line="117"/>
        <source>Per true class, the %n most confident mistake(s): the input as the model saw it, the sample&apos;s index, the predicted class and its probability. Classes without mistakes are left out.</source>
        <translation>
            <numerusform>每个真实类别中最自信的 %n 个错误：模型所见的输入、样本索引、预测类别及其概率。没有错误的类别已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/export/mistakessection.cpp" line="124"/>
        <source>True class %1: %n mistake(s)</source>
        <translation>
            <numerusform>真实类别 %1：%n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSection</name>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="98"/>
        <source>Model %1 of %2: %3</source>
        <translation>模型 %1/%2：%3</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="103"/>
        <source>Checkpoint: %1
SHA-256: %2
Evaluated samples: %3</source>
        <translation>检查点：%1
SHA-256：%2
已评估样本：%3</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="128"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="131"/>
        <source>Counts of (true class, predicted class) on a logarithmic colour scale; white cells are zero. Rows: true class; columns: predicted class.</source>
        <translation>（真实类别，预测类别）的数量，采用对数色阶；白色单元格为零。行：真实类别；列：预测类别。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="134"/>
        <source>Counts of (true class, predicted class). Rows: true class; columns: predicted class.</source>
        <translation>（真实类别，预测类别）的数量。行：真实类别；列：预测类别。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="137"/>
        <source>Each evaluated element (pixel, token) is one count.</source>
        <translation>每个被评估的元素（像素、词元）计数一次。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="147"/>
        <source>Per-label %1</source>
        <translation>各标签 %1</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="147"/>
        <source>Per-class %1</source>
        <translation>各类别 %1</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="153"/>
        <source>The %1 labels with the lowest %2 of %3, with their %4% intervals (%5); no error bar where a label has no interval. Every label is in the table below.</source>
        <translation>%3 个标签中 %2 最低的 %1 个，附 %4% 区间（%5）；标签没有区间时不画误差线。所有标签见下表。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="156"/>
        <source>The %1 classes with the lowest %2 of %3, with their %4% intervals (%5); no error bar where a class has no interval. Every class is in the table below.</source>
        <translation>%3 个类别中 %2 最低的 %1 个，附 %4% 区间（%5）；类别没有区间时不画误差线。所有类别见下表。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="165"/>
        <source>%1 of each label with its %2% interval (%3); no error bar where a label has no interval.</source>
        <translation>每个标签的 %1 及其 %2% 区间（%3）；标签没有区间时不画误差线。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="167"/>
        <source>%1 of each class with its %2% interval (%3); no error bar where a class has no interval.</source>
        <translation>每个类别的 %1 及其 %2% 区间（%3）；类别没有区间时不画误差线。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="174"/>
        <source>Per-label metrics</source>
        <translation>各标签指标</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="174"/>
        <source>Per-class metrics</source>
        <translation>各类别指标</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="190"/>
        <source>Per-target metrics</source>
        <translation>各目标指标</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="196"/>
        <source>e = prediction − target; the results&apos; metrics are the uniform average over the targets. Intervals at %1% confidence.</source>
        <translation>e = 预测值 − 目标值；结果的指标是各目标的等权平均。区间置信水平为 %1%。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="204"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="206"/>
        <source>Reliability diagram: accuracy and mean confidence in 15 equal-width confidence bins of the evaluated elements; below, the elements per bin.</source>
        <translation>可靠性图：被评估元素在 15 个等宽置信度区间内的准确率和平均置信度；下方为各区间的元素数。</translation>
    </message>
    <message>
        <location filename="../gui/export/modelsection.cpp" line="209"/>
        <source>Reliability diagram: accuracy and mean confidence in 15 equal-width confidence bins; below, the samples per bin.</source>
        <translation>可靠性图：15 个等宽置信度区间内的准确率和平均置信度；下方为各区间的样本数。</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../gui/export/pdfdocument.cpp" line="147"/>
        <location filename="../gui/export/pdfdocument.cpp" line="178"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../gui/export/pdfdocument.cpp" line="166"/>
        <source>Cannot write &apos;%1&apos;: the PDF could not be started.</source>
        <translation>无法写入“%1”：无法开始生成 PDF。</translation>
    </message>
    <message>
        <location filename="../gui/export/pdfdocument.cpp" line="443"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PerClassPlot</name>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="22"/>
        <location filename="../gui/plots/perclassplot.cpp" line="60"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="60"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="124"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="126"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="128"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="130"/>
        <source>Average precision</source>
        <translation>平均精度</translation>
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
        <translation>%1（标签 %2）
正样本数：%3 · 预测数：%4
F1：%5
精确率：%6
召回率：%7
AUROC：%8
平均精度：%9</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="249"/>
        <source>%1 (class %2)
Support: %3 · predicted: %4
F1: %5
Precision: %6
Recall: %7
AUROC: %8</source>
        <translation>%1（类别 %2）
支持数：%3 · 预测数：%4
F1：%5
精确率：%6
召回率：%7
AUROC：%8</translation>
    </message>
    <message>
        <location filename="../gui/plots/perclassplot.cpp" line="258"/>
        <source>IoU: %1</source>
        <translation>IoU：%1</translation>
    </message>
</context>
<context>
    <name>PerClassTableModel</name>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="152"/>
        <source>Interval method: %1</source>
        <translation>区间方法：%1</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="160"/>
        <source>Samples that carry the label</source>
        <translation>带有该标签的样本</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="163"/>
        <source>Average precision of the binned scores (one-vs-rest)</source>
        <translation>分箱分数的平均精度（一对其余）</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="168"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="170"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="170"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="172"/>
        <source>Support</source>
        <translation>支持数</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="172"/>
        <source>Positives</source>
        <translation>正样本数</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="174"/>
        <source>Predicted</source>
        <translation>预测数</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="176"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../gui/models/perclasstablemodel.cpp" line="178"/>
        <source>Recall</source>
        <translation>召回率</translation>
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
        <translation>区间</translation>
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
        <translation>平均精度</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="118"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="119"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="27"/>
        <location filename="../gui/results/perclassview.cpp" line="127"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="28"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="29"/>
        <source>Support</source>
        <translation>支持数</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="30"/>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="33"/>
        <location filename="../gui/results/perclassview.cpp" line="128"/>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="34"/>
        <source>Worst</source>
        <translation>最差</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="35"/>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="61"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="64"/>
        <source>Sort by:</source>
        <translation>排序依据：</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="68"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="113"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="127"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/results/perclassview.cpp" line="128"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>PerTargetTableModel</name>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="133"/>
        <source>Interval method: %1</source>
        <translation>区间方法：%1</translation>
    </message>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="140"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="142"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../gui/models/pertargettablemodel.cpp" line="144"/>
        <source>Interval</source>
        <translation>区间</translation>
    </message>
</context>
<context>
    <name>PerTargetView</name>
    <message>
        <location filename="../gui/results/pertargetview.cpp" line="51"/>
        <source>Each target&apos;s errors (e = prediction − target) with %1% intervals; the summary&apos;s metrics are their uniform average.</source>
        <translation>各目标的误差（e = 预测值 − 目标值）及其 %1% 区间；摘要中的指标是它们的等权平均。</translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="25"/>
        <location filename="../gui/export/plotexporter.cpp" line="60"/>
        <location filename="../gui/export/plotexporter.cpp" line="93"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="54"/>
        <source>The plot could not be rendered to PNG.</source>
        <translation>无法将图表渲染为 PNG。</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="79"/>
        <source>Exported by disteval</source>
        <translation>由 disteval 导出</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="83"/>
        <source>The plot could not be rendered to SVG.</source>
        <translation>无法将图表渲染为 SVG。</translation>
    </message>
    <message>
        <location filename="../gui/export/plotexporter.cpp" line="108"/>
        <source>Unknown image format &apos;%1&apos;: use .png or .svg.</source>
        <translation>未知图像格式“%1”：请使用 .png 或 .svg。</translation>
    </message>
</context>
<context>
    <name>ProgressServer</name>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="54"/>
        <source>The progress socket cannot be opened: %1</source>
        <translation>无法打开进度套接字：%1</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="100"/>
        <source>A second connection to the progress socket was refused.</source>
        <translation>已拒绝到进度套接字的第二个连接。</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="142"/>
        <source>The progress connection sent an invalid first message; the run was stopped.</source>
        <translation>进度连接发送的第一条消息无效，运行已停止。</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="146"/>
        <source>Ignored a malformed progress message (%1): %2</source>
        <translation>已忽略格式错误的进度消息（%1）：%2</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="154"/>
        <source>The progress connection did not start with a hello message; the run was stopped.</source>
        <translation>进度连接没有以 hello 消息开始，运行已停止。</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="161"/>
        <source>The progress connection presented a wrong token, so it does not belong to this run; the run was stopped.</source>
        <translation>进度连接提供了错误的令牌，因此不属于本次运行，运行已停止。</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="168"/>
        <source>The engine speaks progress protocol version %1, this app version %2. Install matching versions of disteval and disteval-engine.</source>
        <translation>引擎使用进度协议版本 %1，本应用使用版本 %2。请安装相互匹配的 disteval 和 disteval-engine 版本。</translation>
    </message>
    <message>
        <location filename="../gui/run/progressserver.cpp" line="177"/>
        <source>Ignored a repeated hello message.</source>
        <translation>已忽略重复的 hello 消息。</translation>
    </message>
</context>
<context>
    <name>RanksTableModel</name>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="95"/>
        <source>Rank</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="97"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="99"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="101"/>
        <source>First index</source>
        <translation>起始索引</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="103"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="105"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="107"/>
        <source>Samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="130"/>
        <source>Coverage: the dataset is empty, and no rank evaluated a sample.</source>
        <translation>覆盖：数据集为空，没有任何进程评估样本。</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="131"/>
        <source>Coverage: the %1 ranks evaluated %2 samples, indices 0 to %3 each exactly once, which is the whole dataset (%4 samples).</source>
        <translation>覆盖：%1 个进程共评估 %2 个样本，索引 0 到 %3 各恰好一次，即整个数据集（%4 个样本）。</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="136"/>
        <source>Coverage problem: sample %1 was not evaluated (%2 samples evaluated, the dataset has %3).</source>
        <translation>覆盖问题：样本 %1 未被评估（已评估 %2 个样本，数据集共有 %3 个）。</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="139"/>
        <source>Coverage problem: samples %1 to %2 were not evaluated (%3 samples evaluated, the dataset has %4).</source>
        <translation>覆盖问题：样本 %1 至 %2 未被评估（已评估 %3 个样本，数据集共有 %4 个）。</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="143"/>
        <source>Coverage problem: the ranks&apos; shards overlap, so sample %1 was evaluated more than once (%2 samples evaluated, the dataset has %3).</source>
        <translation>覆盖问题：各进程的分片重叠，样本 %1 被评估了不止一次（已评估 %2 个样本，数据集共有 %3 个）。</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="147"/>
        <source>Coverage problem: the ranks&apos; shards overlap, so samples %1 to %2 were evaluated more than once (%3 samples evaluated, the dataset has %4).</source>
        <translation>覆盖问题：各进程的分片重叠，样本 %1 至 %2 被评估了不止一次（已评估 %3 个样本，数据集共有 %4 个）。</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="152"/>
        <source>Coverage problem: the ranks evaluated %1 samples, but the dataset has %2.</source>
        <translation>覆盖问题：各进程评估了 %1 个样本，但数据集有 %2 个。</translation>
    </message>
    <message>
        <location filename="../gui/models/rankstablemodel.cpp" line="157"/>
        <source>Coverage problem: a rank&apos;s shard has a negative first index or count.</source>
        <translation>覆盖问题：某个进程的分片起始索引或数量为负。</translation>
    </message>
</context>
<context>
    <name>RegressionView</name>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="32"/>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="77"/>
        <source>No per-sample records of a regression.</source>
        <translation>没有回归任务的逐样本记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/samples/regressionview.cpp" line="94"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="96"/>
        <source>%1 left out (a value that is not finite)</source>
        <translation>已略去 %1 个（有非有限值）</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="114"/>
        <location filename="../gui/samples/regressionview.cpp" line="143"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="118"/>
        <source>Prediction = target</source>
        <translation>预测值 = 目标值</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="119"/>
        <source>True value</source>
        <translation>真实值</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="120"/>
        <source>Predicted value</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location filename="../gui/samples/regressionview.cpp" line="142"/>
        <source>Residual (prediction - target)</source>
        <translation>残差（预测值 − 目标值）</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="42"/>
        <source>Evaluation report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="61"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="100"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="108"/>
        <source>Ranks</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="91"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="46"/>
        <source>%1 samples, %2, %3 model(s), evaluated on %4 rank(s) on %5 with disteval-engine %6. Report written by disteval %7 on %8.</source>
        <translation>%1 个样本，%2，%3 个模型，于 %5 在 %4 个进程上由 disteval-engine %6 评估。报告由 disteval %7 于 %8 生成。</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="76"/>
        <source>Intervals are two-sided at %1% confidence, computed by the method in the last column; bootstrap intervals use %2 replicates. n/a marks an undefined value or an interval that is not given, with the reason below the table.</source>
        <translation>区间为 %1% 置信度的双侧区间，按最后一列的方法计算；自助法区间使用 %2 次重抽样。“不适用”表示未定义的值或未给出的区间，原因见表格下方。</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="138"/>
        <source>disteval report: %1</source>
        <translation>disteval 报告：%1</translation>
    </message>
    <message>
        <location filename="../gui/export/reportwriter.cpp" line="139"/>
        <source>disteval report · %1</source>
        <translation>disteval 报告 · %1</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <location filename="../gui/export/resultexport.cpp" line="46"/>
        <source>Unknown report format &apos;%1&apos;: use .pdf or .csv.</source>
        <translation>未知报告格式“%1”：请使用 .pdf 或 .csv。</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="12"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="26"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="46"/>
        <source>%1 (no interval: %2)</source>
        <translation>%1（无区间：%2）</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="58"/>
        <source>No interval</source>
        <translation>无区间</translation>
    </message>
    <message>
        <location filename="../gui/common/resultformat.cpp" line="59"/>
        <source>No interval: %1</source>
        <translation>无区间：%1</translation>
    </message>
</context>
<context>
    <name>ResultLoader</name>
    <message>
        <location filename="../gui/common/resultloader.cpp" line="14"/>
        <location filename="../gui/common/resultloader.cpp" line="18"/>
        <source>The result file cannot be opened: %1</source>
        <translation>无法打开结果文件：%1</translation>
    </message>
</context>
<context>
    <name>ResultSummaryView</name>
    <message>
        <location filename="../gui/results/resultsummaryview.cpp" line="33"/>
        <location filename="../gui/results/resultsummaryview.cpp" line="133"/>
        <source>No result open. Run an evaluation, or open a result file.</source>
        <translation>尚未打开结果。请运行一次评估，或打开结果文件。</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsummaryview.cpp" line="138"/>
        <source>%1
Dataset: %2 (%3 samples, %4) · %5 rank(s) · engine %6 · %7
Intervals: %8% confidence, %9 bootstrap replicates.</source>
        <translation>%1
数据集：%2（%3 个样本，%4）· %5 个进程 · 引擎 %6 · %7
区间：%8% 置信水平，%9 次自助重抽样。</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsummaryview.cpp" line="171"/>
        <source>Warnings from the engine:
%1</source>
        <translation>引擎警告：
%1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="37"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="40"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="45"/>
        <source>Export &amp;Report...</source>
        <translation>导出报告(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="48"/>
        <source>Save the whole result as a PDF report or as CSV tables</source>
        <translation>将完整结果保存为 PDF 报告或 CSV 表格</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="49"/>
        <source>Export &amp;Plot...</source>
        <translation>导出图表(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="51"/>
        <source>Save the plot shown as PNG or SVG</source>
        <translation>将当前图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="52"/>
        <source>&amp;Copy Plot</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="54"/>
        <source>Copy the plot shown to the clipboard as an image</source>
        <translation>将当前图表以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="73"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="74"/>
        <source>Confusion Matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="75"/>
        <location filename="../gui/results/resultsview.cpp" line="181"/>
        <source>Per Class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="76"/>
        <source>Per Target</source>
        <translation>各目标</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="77"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="78"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="79"/>
        <source>Predicted vs True</source>
        <translation>预测值与真实值</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="80"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="181"/>
        <source>Per Label</source>
        <translation>各标签</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="229"/>
        <source>No result is open.</source>
        <translation>未打开任何结果。</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="240"/>
        <source>Choose a plot tab first.</source>
        <translation>请先选择一个图表标签页。</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="264"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="267"/>
        <location filename="../gui/results/resultsview.cpp" line="293"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="290"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../gui/results/resultsview.cpp" line="300"/>
        <source>The plot was copied to the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="103"/>
        <source>Choose at least one model checkpoint.</source>
        <translation>请至少选择一个模型检查点。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="108"/>
        <source>Choose a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="138"/>
        <source>mpirun was not found. Install Open MPI, or set the path of mpirun under Advanced.</source>
        <translation>未找到 mpirun。请安装 Open MPI，或在“高级”中设置 mpirun 的路径。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="140"/>
        <source>mpirun was not found at %1. Install Open MPI, or correct the path of mpirun under Advanced.</source>
        <translation>在 %1 未找到 mpirun。请安装 Open MPI，或在“高级”中更正 mpirun 的路径。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="151"/>
        <source>disteval-engine was not found at %1. Correct its path under Advanced.</source>
        <translation>在 %1 未找到 disteval-engine。请在“高级”中更正其路径。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="160"/>
        <source>The output folder %1 cannot be created.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="217"/>
        <source>Cancelling the run...</source>
        <translation>正在取消运行...</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="203"/>
        <source>The job did not stop in time; stopping it forcibly.</source>
        <translation>作业未能及时停止，正在强制终止。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/run/runcontroller.cpp" line="333"/>
        <source>disteval-engine %1: %n rank(s), %2 samples, %3 model(s).</source>
        <translation>
            <numerusform>disteval-engine %1：%n 个进程，%2 个样本，%3 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="351"/>
        <source>Ignored progress for rank %1, which is not part of the run.</source>
        <translation>已忽略不属于本次运行的进程 %1 的进度。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="359"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="365"/>
        <source>Result written to %1</source>
        <translation>结果已写入 %1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="29"/>
        <source>Rank %1: %2</source>
        <translation>进程 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="374"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="396"/>
        <source>mpirun could not be started: %1</source>
        <translation>无法启动 mpirun：%1</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="433"/>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="460"/>
        <source>Last output of the job:</source>
        <translation>作业的最后输出：</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="445"/>
        <source>The run finished.</source>
        <translation>运行已完成。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="464"/>
        <source>The engine finished without reporting a result.</source>
        <translation>引擎已结束，但没有报告结果。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="470"/>
        <source>mpirun stopped unexpectedly (it crashed or was killed).</source>
        <translation>mpirun 意外停止（崩溃或被终止）。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="486"/>
        <source>Rank %1 crashed (%2).</source>
        <translation>进程 %1 崩溃（%2）。</translation>
    </message>
    <message>
        <location filename="../gui/run/runcontroller.cpp" line="225"/>
        <source>The job goes on in the background; its result will be written to %1.</source>
        <translation>作业将在后台继续运行；其结果将写入 %1。</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../gui/history/runhistory.cpp" line="76"/>
        <source>Cannot copy %1 into the run history: %2</source>
        <translation>无法将 %1 复制到运行历史：%2</translation>
    </message>
    <message>
        <location filename="../gui/history/runhistory.cpp" line="283"/>
        <source>The run history folder %1 cannot be created.</source>
        <translation>无法创建运行历史文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../gui/history/runhistory.cpp" line="289"/>
        <source>The run history folder %1 cannot be written.</source>
        <translation>无法写入运行历史文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>RunSetupWidget</name>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="40"/>
        <source>Model checkpoints</source>
        <translation>模型检查点</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="47"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="49"/>
        <source>File...</source>
        <translation>文件...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="50"/>
        <source>Folder...</source>
        <translation>文件夹...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="51"/>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="53"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="115"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="147"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="151"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="54"/>
        <source>Class &amp;names:</source>
        <translation>类别名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="56"/>
        <source>optional, one name per line</source>
        <translation>可选，每行一个名称</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="57"/>
        <location filename="../gui/setup/runsetupwidget.cpp" line="369"/>
        <source>No dataset chosen.</source>
        <translation>尚未选择数据集。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="68"/>
        <source>Custom metrics</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="78"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="83"/>
        <source>Number of MPI processes (mpirun -np).</source>
        <translation>MPI 进程数（mpirun -np）。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="89"/>
        <source>&amp;Ranks:</source>
        <translation>进程数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="94"/>
        <source>Automatic (GPU if available)</source>
        <translation>自动（如有 GPU 则使用）</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="95"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="96"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="97"/>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="101"/>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="106"/>
        <source>Bootstrap replicates for the intervals of F1 and the other metrics that are not simple proportions (0: none).</source>
        <translation>用于 F1 及其他非简单比例指标区间的自助重抽样次数（0：不计算）。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="108"/>
        <source>Boots&amp;trap replicates:</source>
        <translation>自助重抽样次数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="114"/>
        <source>&amp;Confidence level:</source>
        <translation>置信水平(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="116"/>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="120"/>
        <source>Where the result file is written; when empty, %1.</source>
        <translation>结果文件的写入位置；留空时为 %1。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="128"/>
        <source>Also write every sample&apos;s record next to the result (its prediction, and by task its confidence and loss, IoU, label sets or residual), for the Samples tab. For classification with one class per sample also the predicted classes, so that this run can later be compared pairwise with another run of the same data in the History tab.</source>
        <translation>同时在结果旁写入每个样本的记录（其预测，以及视任务而定的置信度和损失、IoU、标签集合或残差），供“样本”标签页使用。对于每个样本一个类别的分类任务，还会写入预测类别，以便之后在“历史”标签页中与同一数据上的其他运行进行配对比较。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="139"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="148"/>
        <source>&amp;mpirun:</source>
        <translation>&amp;mpirun：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="150"/>
        <source>found on the PATH</source>
        <translation>在 PATH 中查找</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="152"/>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="154"/>
        <source>beside the app, in the build tree, then on the PATH</source>
        <translation>应用旁、构建目录中，然后在 PATH 中查找</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="157"/>
        <source>e.g. --hostfile hosts.txt</source>
        <translation>例如 --hostfile hosts.txt</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="158"/>
        <source>Passed to mpirun before the engine. Use double quotes for arguments with spaces.</source>
        <translation>在引擎之前传递给 mpirun。含空格的参数请用双引号括起来。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="160"/>
        <source>E&amp;xtra mpirun arguments:</source>
        <translation>额外的 mpirun 参数(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="161"/>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="163"/>
        <source>Copies the equivalent mpirun command line, to run the same evaluation elsewhere (e.g. on a cluster) and open its result here later.</source>
        <translation>复制等效的 mpirun 命令行，以便在其他地方（例如集群上）运行同样的评估，之后在这里打开其结果。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="166"/>
        <source>Slurm Script...</source>
        <translation>Slurm 脚本...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="168"/>
        <source>A Slurm batch script (sbatch) for this set-up, for the nodes, tasks and GPUs you choose; its result opens here later.</source>
        <translation>为当前设置生成 Slurm 批处理脚本（sbatch），节点、任务和 GPU 数量由您选择；其结果之后可在此打开。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="201"/>
        <source>engine not available</source>
        <translation>引擎不可用</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="203"/>
        <source>disteval-engine does not answer: %1</source>
        <translation>disteval-engine 没有响应：%1</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="324"/>
        <source>engine not found</source>
        <translation>未找到引擎</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="329"/>
        <source>asking the engine...</source>
        <translation>正在询问引擎...</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/setup/runsetupwidget.cpp" line="350"/>
        <source>%n GPU(s), %1 CPU cores</source>
        <translation>
            <numerusform>%n 个 GPU，%1 个 CPU 核心</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="351"/>
        <source>no GPU, %1 CPU cores</source>
        <translation>无 GPU，%1 个 CPU 核心</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="353"/>
        <source>disteval-engine %1</source>
        <translation>disteval-engine %1</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="375"/>
        <source>disteval-engine was not found, so the dataset cannot be checked. Set its path under Advanced.</source>
        <translation>未找到 disteval-engine，因此无法检查数据集。请在“高级”中设置其路径。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="383"/>
        <source>Checking the dataset...</source>
        <translation>正在检查数据集...</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="410"/>
        <source>The class-names file does not fit this dataset.</source>
        <translation>类别名称文件与该数据集不符。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="413"/>
        <source>This is not a dataset the engine can read.</source>
        <translation>这不是引擎能够读取的数据集。</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="420"/>
        <source>Choose a dataset file</source>
        <translation>选择数据集文件</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="428"/>
        <source>Choose a dataset folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="436"/>
        <source>Choose a class-names file</source>
        <translation>选择类别名称文件</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="438"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="445"/>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="453"/>
        <source>Locate mpirun</source>
        <translation>定位 mpirun</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="461"/>
        <source>Locate disteval-engine</source>
        <translation>定位 disteval-engine</translation>
    </message>
    <message>
        <location filename="../gui/setup/runsetupwidget.cpp" line="123"/>
        <source>Save &amp;per-sample predictions</source>
        <translation>保存逐样本预测(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../gui/run/runview.cpp" line="28"/>
        <source>No run yet. Set up a run on the left and press Run.</source>
        <translation>尚无运行。请在左侧设置运行，然后点击“运行”。</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="84"/>
        <source>The engine&apos;s output appears here.</source>
        <translation>引擎的输出将显示在这里。</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="149"/>
        <source>Starting mpirun...</source>
        <translation>正在启动 mpirun...</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="153"/>
        <source>Waiting for the engine...</source>
        <translation>正在等待引擎...</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="156"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="159"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="163"/>
        <source>The run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="166"/>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="190"/>
        <source>Rank %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="216"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="218"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="220"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="227"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../gui/run/runview.cpp" line="246"/>
        <source>Throughput: %1 samples/s    Elapsed: %2    Remaining: %3</source>
        <translation>吞吐量：%1 样本/秒    已用时间：%2    剩余时间：%3</translation>
    </message>
</context>
<context>
    <name>SampleDetail</name>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="37"/>
        <source>Vocabulary…</source>
        <translation>词表…</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="100"/>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="104"/>
        <source>Sample %1 · true class %2 · loss %3</source>
        <translation>样本 %1 · 真实类别 %2 · 损失 %3</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="123"/>
        <source>Show the token ids as words: choose a vocabulary file (one token per line; line i, counted from 0, is id i)</source>
        <translation>将词元 ID 显示为词：选择词表文件（每行一个词元；从 0 起计数的第 i 行即 ID i）</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="125"/>
        <source>The token ids are shown with %1; choose another vocabulary file</source>
        <translation>词元 ID 现按 %1 显示；选择另一个词表文件</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="166"/>
        <source>(not finite)</source>
        <translation>（非有限值）</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampledetail.cpp" line="178"/>
        <source>Probability (top %1)</source>
        <translation>概率（前 %1）</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="81"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="82"/>
        <source>Gallery</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="94"/>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="96"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="219"/>
        <source>%1, highest first</source>
        <translation>%1，降序</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplegallery.cpp" line="220"/>
        <source>%1, lowest first</source>
        <translation>%1，升序</translation>
    </message>
</context>
<context>
    <name>SampleRenderer</name>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="179"/>
        <source>This result has no per-sample records, so its samples cannot be shown.</source>
        <translation>此结果没有逐样本记录，因此无法显示其样本。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="193"/>
        <source>The dataset “%1” is not there any more (moved or deleted?), so the samples&apos; inputs cannot be shown.</source>
        <translation>数据集“%1”已不存在（被移动或删除？），因此无法显示样本的输入。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="197"/>
        <source>The masks folder “%1” is not there any more (moved or deleted?), so the samples&apos; masks cannot be shown.</source>
        <translation>掩码文件夹“%1”已不存在（被移动或删除？），因此无法显示样本的掩码。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="201"/>
        <location filename="../gui/common/samplerenderer.cpp" line="459"/>
        <source>The samples&apos; inputs cannot be shown: %1</source>
        <translation>无法显示样本的输入：%1</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="204"/>
        <source>The samples&apos; inputs cannot be shown: the folder “%1” cannot be created.</source>
        <translation>无法显示样本的输入：无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="244"/>
        <source>The vocabulary file “%1” does not exist.</source>
        <translation>词表文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="246"/>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="248"/>
        <source>The vocabulary file “%1” is larger than 64 MiB.</source>
        <translation>词表文件“%1”大于 64 MiB。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="251"/>
        <source>The vocabulary file “%1” cannot be read.</source>
        <translation>无法读取词表文件“%1”。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="257"/>
        <source>The vocabulary file “%1” is empty: it needs one token per line.</source>
        <translation>词表文件“%1”是空的：它需要每行一个词元。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="388"/>
        <source>a temporary folder cannot be created in “%1”.</source>
        <translation>无法在“%1”中创建临时文件夹。</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="405"/>
        <source>disteval-engine (“%1”) could not be started: %2</source>
        <translation>无法启动 disteval-engine（“%1”）：%2</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="413"/>
        <source>disteval-engine stopped unexpectedly. %1</source>
        <translation>disteval-engine 意外停止。%1</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="414"/>
        <source>disteval-engine failed (exit status %1): %2</source>
        <translation>disteval-engine 失败（退出状态 %1）：%2</translation>
    </message>
    <message>
        <location filename="../gui/common/samplerenderer.cpp" line="486"/>
        <source>disteval-engine did not finish within %1 s.</source>
        <translation>disteval-engine 未在 %1 秒内完成。</translation>
    </message>
</context>
<context>
    <name>SampleSelection</name>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="150"/>
        <source>the runs evaluate different tasks</source>
        <translation>两次运行评估的是不同的任务</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="152"/>
        <source>the runs have different numbers of samples (%1 and %2)</source>
        <translation>两次运行的样本数不同（%1 和 %2）</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="157"/>
        <source>the runs have different numbers of classes (%1 and %2)</source>
        <translation>两次运行的类别数不同（%1 和 %2）</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="162"/>
        <source>the runs used different datasets (their fingerprints differ)</source>
        <translation>两次运行使用了不同的数据集（其指纹不同）</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="179"/>
        <location filename="../gui/models/sampleselection.cpp" line="223"/>
        <source>no such model in the records</source>
        <translation>记录中没有该模型</translation>
    </message>
    <message>
        <location filename="../gui/models/sampleselection.cpp" line="211"/>
        <source>the runs&apos; labels differ, so they are not the same samples</source>
        <translation>两次运行的标签不同，因此不是相同的样本</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="142"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="145"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="149"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="149"/>
        <source>Mean IoU</source>
        <translation>平均 IoU</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="149"/>
        <source>Evaluated elements</source>
        <translation>已评估元素</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="153"/>
        <source>True labels</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="153"/>
        <source>Predicted labels</source>
        <translation>预测标签</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="153"/>
        <source>Wrong labels</source>
        <translation>错误标签</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="157"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="157"/>
        <source>Prediction</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="157"/>
        <source>Residual</source>
        <translation>残差</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="176"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="178"/>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="195"/>
        <source>(not finite)</source>
        <translation>（非有限值）</translation>
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
        <translation>%1 · 损失 %2</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="255"/>
        <source>residual %1</source>
        <translation>残差 %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="259"/>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <location filename="../gui/samples/sampletablemodel.cpp" line="259"/>
        <source>mean IoU %1</source>
        <translation>平均 IoU %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/samples/sampletablemodel.cpp" line="262"/>
        <source>%n wrong label(s)</source>
        <translation>
            <numerusform>%n 个错误标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="44"/>
        <source>All Cells</source>
        <translation>所有格</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="45"/>
        <source>List the samples of every confusion-matrix cell again</source>
        <translation>重新列出混淆矩阵所有格的样本</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="49"/>
        <source>Copy Indices</source>
        <translation>复制索引</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="50"/>
        <source>Copy the listed samples&apos; indices, in the table&apos;s order</source>
        <translation>按表格顺序复制所列样本的索引</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="51"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="62"/>
        <source>True class:</source>
        <translation>真实类别：</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="67"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="122"/>
        <source>All samples</source>
        <translation>所有样本</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="126"/>
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="127"/>
        <source>Most confident mistakes</source>
        <translation>最自信的错误</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="128"/>
        <source>Least confident correct</source>
        <translation>最不自信的正确</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="130"/>
        <source>Right where another model is wrong:</source>
        <translation>另一模型错而本模型对：</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="131"/>
        <source>Wrong where another model is right:</source>
        <translation>另一模型对而本模型错：</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="140"/>
        <source>Every class</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="154"/>
        <source>No result is open.</source>
        <translation>未打开任何结果。</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="157"/>
        <source>This result has no per-sample records. Run the evaluation with per-sample records on (the set-up&apos;s “Save per-sample predictions”, or --save-predictions) to see the samples behind its numbers.</source>
        <translation>此结果没有逐样本记录。请开启逐样本记录运行评估（设置中的“保存逐样本预测”，或 --save-predictions），以查看其数字背后的样本。</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="163"/>
        <location filename="../gui/samples/samplesview.cpp" line="189"/>
        <source>The per-sample records cannot be used: %1</source>
        <translation>无法使用逐样本记录：%1</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="181"/>
        <source>Both runs need per-sample records (“Save per-sample predictions”) to list the samples they disagree on.</source>
        <translation>两次运行都需要逐样本记录（“保存逐样本预测”），才能列出两者判断不一致的样本。</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="196"/>
        <source>The runs&apos; samples cannot be paired: %1</source>
        <translation>两次运行的样本无法配对：%1</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="343"/>
        <source>any class</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="345"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="349"/>
        <source>True: %1 · Predicted: %2</source>
        <translation>真实：%1 · 预测：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/samples/samplesview.cpp" line="395"/>
        <source>%n sample(s) listed of %1.</source>
        <translation>
            <numerusform>已列出 %n 个样本，共 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="440"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="462"/>
        <location filename="../gui/samples/samplesview.cpp" line="468"/>
        <source>Vocabulary for the token ids</source>
        <translation>词元 ID 的词表</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="463"/>
        <source>Vocabularies (*.txt *.vocab);;All files (*)</source>
        <translation>词表 (*.txt *.vocab);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="476"/>
        <location filename="../gui/samples/samplesview.cpp" line="482"/>
        <source>Export Samples</source>
        <translation>导出样本</translation>
    </message>
    <message>
        <location filename="../gui/samples/samplesview.cpp" line="477"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>SlurmScript</name>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="98"/>
        <source>Choose at least one model checkpoint.</source>
        <translation>请至少选择一个模型检查点。</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="100"/>
        <source>Choose a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="105"/>
        <source>The numbers of nodes, tasks, GPUs and CPUs are out of range.</source>
        <translation>节点、任务、GPU 或 CPU 的数量超出范围。</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="107"/>
        <source>Slurm does not read &quot;%1&quot; as a time limit: write minutes, hours:minutes:seconds or days-hours:minutes:seconds (e.g. 01:30:00).</source>
        <translation>Slurm 无法将“%1”识别为时间限制：请写成 分钟、时:分:秒 或 天-时:分:秒（例如 01:30:00）。</translation>
    </message>
    <message>
        <location filename="../gui/run/slurmscript.cpp" line="112"/>
        <source>&quot;%1&quot; is not a partition name: letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, several separated by commas.</source>
        <translation>“%1”不是分区名称：可用字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;，多个分区以逗号分隔。</translation>
    </message>
</context>
<context>
    <name>SlurmScriptDialog</name>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="37"/>
        <source>Slurm Batch Script</source>
        <translation>Slurm 批处理脚本</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="59"/>
        <source>Ranks on each node (--ntasks-per-node); with GPUs, one per GPU.</source>
        <translation>每个节点上的进程数（--ntasks-per-node）；使用 GPU 时每个 GPU 一个。</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="63"/>
        <source>0 (CPU only)</source>
        <translation>0（仅 CPU）</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="64"/>
        <source>GPUs on each node (--gres=gpu:N, --device cuda); 0 runs on the CPU (--device cpu).</source>
        <translation>每个节点上的 GPU 数（--gres=gpu:N，--device cuda）；0 表示在 CPU 上运行（--device cpu）。</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="68"/>
        <source>CPU cores of each rank (--cpus-per-task): its threads, including those that load the data.</source>
        <translation>每个进程的 CPU 核心数（--cpus-per-task）：即其线程数，包括加载数据的线程。</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="72"/>
        <source>hours:minutes:seconds, e.g. 01:00:00</source>
        <translation>时:分:秒，例如 01:00:00</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="75"/>
        <source>optional: the cluster&apos;s default</source>
        <translation>可选：留空则使用集群的默认分区</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="80"/>
        <source>&amp;Nodes:</source>
        <translation>节点数(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="81"/>
        <source>&amp;Tasks per node:</source>
        <translation>每节点任务数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="82"/>
        <source>&amp;GPUs per node:</source>
        <translation>每节点 GPU 数(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="84"/>
        <source>CPUs per tas&amp;k:</source>
        <translation>每任务 CPU 数(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="85"/>
        <source>T&amp;ime limit:</source>
        <translation>时间限制(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="86"/>
        <source>&amp;Partition:</source>
        <translation>分区(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="114"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="116"/>
        <source>&amp;Save...</source>
        <translation>保存(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="186"/>
        <source>Ranks: %1 (nodes × tasks per node).</source>
        <translation>进程数：%1（节点数 × 每节点任务数）。</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="188"/>
        <source>With GPUs, one task per GPU is usual: tasks per node = GPUs per node.</source>
        <translation>使用 GPU 时通常每个 GPU 一个任务：每节点任务数 = 每节点 GPU 数。</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="189"/>
        <source>Every node must see the checkpoints, the dataset and the output folder at these paths (a shared file system). The result, %1, opens here afterwards.</source>
        <translation>每个节点都必须能在这些路径下访问检查点、数据集和输出文件夹（共享文件系统）。结果 %1 之后可在此打开。</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="202"/>
        <source>The script is on the clipboard.</source>
        <translation>脚本已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="214"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="229"/>
        <source>Save Slurm Script</source>
        <translation>保存 Slurm 脚本</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="230"/>
        <source>Slurm batch scripts (*.sbatch *.sh);;All files (*)</source>
        <translation>Slurm 批处理脚本 (*.sbatch *.sh);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/app/slurmscriptdialog.cpp" line="237"/>
        <source>Saved to %1. Submit it with: sbatch %2</source>
        <translation>已保存到 %1。提交方法：sbatch %2</translation>
    </message>
</context>
<context>
    <name>TaskOptionsWidget</name>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="27"/>
        <source>Task and model output</source>
        <translation>任务与模型输出</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="33"/>
        <source>Classification (per sample, pixel or token)</source>
        <translation>分类（按样本、像素或词元）</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="35"/>
        <source>Multi-label (several labels per sample)</source>
        <translation>多标签（每个样本多个标签）</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="37"/>
        <source>Regression (real-valued targets)</source>
        <translation>回归（实数目标）</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="39"/>
        <source>Classification becomes dense classification (segmentation, token labels) when the labels have dimensions of their own.</source>
        <translation>当标签自身带有维度时，分类即为稠密分类（分割、词元标签）。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="41"/>
        <source>T&amp;ask:</source>
        <translation>任务(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="47"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="50"/>
        <source>Dense labels with this value are left out of every metric: commonly 255 (VOC, Cityscapes masks) or -100 (Hugging Face token labels). Empty: none.</source>
        <translation>取该值的稠密标签不计入任何指标：常见为 255（VOC、Cityscapes 掩码）或 -100（Hugging Face 词元标签）。留空：无。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="53"/>
        <source>&amp;Ignore index:</source>
        <translation>忽略索引(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="57"/>
        <source>Automatic (from the label shape)</source>
        <translation>自动（根据标签形状）</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="59"/>
        <source>1: [B, C, …] (PyTorch)</source>
        <translation>1：[B, C, …]（PyTorch）</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="61"/>
        <source>Last: [B, …, C] (Hugging Face)</source>
        <translation>最后：[B, …, C]（Hugging Face）</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="63"/>
        <source>Class &amp;dimension:</source>
        <translation>类别维度(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="70"/>
        <source>A label is predicted when the sigmoid of its logit reaches this value.</source>
        <translation>当 logit 的 sigmoid 值达到该阈值时，预测该标签。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="72"/>
        <source>T&amp;hreshold:</source>
        <translation>阈值(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="100"/>
        <source>logits, or a dict&apos;s only tensor</source>
        <translation>logits，或 dict 中唯一的张量</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="101"/>
        <source>For a model that returns a dict: the entry to evaluate.</source>
        <translation>对于返回 dict 的模型：要评估的条目。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="102"/>
        <source>Output &amp;key:</source>
        <translation>输出键(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="106"/>
        <source>For a model that returns a tuple or list: the element to evaluate.</source>
        <translation>对于返回 tuple 或 list 的模型：要评估的元素。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="108"/>
        <source>Output ele&amp;ment:</source>
        <translation>输出元素(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="226"/>
        <source>The labels have dimensions (%1): dense classification (segmentation, token labels), evaluated per element. Set the ignore index if the labels use one.</source>
        <translation>标签带有维度（%1）：稠密分类（分割、词元标签），按元素评估。如果标签使用忽略索引，请设置它。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="231"/>
        <source>If these are 0/1 columns, one per label, choose Multi-label.</source>
        <translation>如果这些是 0/1 列（每个标签一列），请选择多标签。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="234"/>
        <source>The labels are real numbers: regression.</source>
        <translation>标签是实数：回归。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="236"/>
        <source>If they are 0/1 columns, one per label, choose Multi-label.</source>
        <translation>如果它们是 0/1 列（每个标签一列），请选择多标签。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="238"/>
        <source>The labels are real numbers with dimensions (%1): none of the engine&apos;s tasks takes them.</source>
        <translation>标签是带维度（%1）的实数：引擎的任何任务都不接受这种标签。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="243"/>
        <source>The labels are one class per sample: this looks like classification.</source>
        <translation>标签是每个样本一个类别：这看起来是分类任务。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="246"/>
        <source>Model inputs: %1.</source>
        <translation>模型输入：%1。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="81"/>
        <source>none: labels come with the dataset</source>
        <translation>无：标签随数据集提供</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="82"/>
        <source>Segmentation folders: the dataset is a folder of images and this folder holds each image&apos;s mask, a PNG of class indices with the same relative name.</source>
        <translation>分割文件夹：数据集是一个图像文件夹，此文件夹为每张图像保存其掩码，即相对名称相同、存放类别索引的 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="85"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="89"/>
        <source>Masks Folder</source>
        <translation>掩码文件夹</translation>
    </message>
    <message>
        <location filename="../gui/setup/taskoptionswidget.cpp" line="95"/>
        <source>Masks &amp;folder:</source>
        <translation>掩码文件夹(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="11"/>
        <location filename="../gui/common/tasktext.cpp" line="19"/>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="13"/>
        <source>Dense classification (segmentation, tokens)</source>
        <translation>稠密分类（分割、词元）</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="15"/>
        <source>Multi-label classification</source>
        <translation>多标签分类</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="17"/>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="30"/>
        <source>1 label</source>
        <translation>1 个标签</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="30"/>
        <source>%1 labels</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="32"/>
        <source>1 target</source>
        <translation>1 个目标</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="32"/>
        <source>%1 targets</source>
        <translation>%1 个目标</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="37"/>
        <source>1 class</source>
        <translation>1 个类别</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="37"/>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="44"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="46"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="51"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="96"/>
        <source>%1 elements (pixels, tokens) evaluated, %2 ignored (ignore index)</source>
        <translation>已评估 %1 个元素（像素、词元），忽略 %2 个（忽略索引）</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="99"/>
        <source>%1 elements (pixels, tokens) evaluated</source>
        <translation>已评估 %1 个元素（像素、词元）</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="106"/>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="119"/>
        <source>Every metric is computed over the evaluated elements; the intervals are sample-level (Poisson bootstrap over whole samples).</source>
        <translation>所有指标都在被评估的元素上计算；区间为样本级（对整个样本做泊松自助法）。</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="125"/>
        <source>Mean average precision from binned scores: within %1 of the exact value.</source>
        <translation>平均精度均值由分箱分数计算：与精确值相差不超过 %1。</translation>
    </message>
    <message>
        <location filename="../gui/common/tasktext.cpp" line="133"/>
        <source>Each metric is the uniform average over the %1 targets (see Per Target).</source>
        <translation>每个指标都是 %1 个目标的等权平均（见“各目标”）。</translation>
    </message>
</context>
<context>
    <name>ToolLocator</name>
    <message>
        <location filename="../gui/common/toollocator.cpp" line="46"/>
        <source>disteval-engine was not found (looked beside the app and in the build tree: %1, and on the PATH). Locate it, or set its path under Advanced.</source>
        <translation>未找到 disteval-engine（已在应用旁和构建目录中查找：%1，以及 PATH）。请定位该程序，或在“高级”中设置其路径。</translation>
    </message>
</context>
</TS>
