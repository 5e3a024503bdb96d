<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckpointListWidget</name>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="21"/>
        <source>TorchScript checkpoints (.pt) to evaluate. Drop files onto the window to add them.</source>
        <translation>要评估的 TorchScript 检查点（.pt）。将文件拖放到窗口上即可添加。</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="27"/>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="28"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="30"/>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="91"/>
        <source>Add model checkpoints</source>
        <translation>添加模型检查点</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="92"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript 检查点 (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="115"/>
        <source>No recent checkpoints</source>
        <translation>没有最近使用的检查点</translation>
    </message>
    <message>
        <location filename="../gui/checkpointlistwidget.cpp" line="118"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>DatasetInspection</name>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="14"/>
        <source>The engine&apos;s description of the dataset is incomplete.</source>
        <translation>引擎对数据集的描述不完整。</translation>
    </message>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="35"/>
        <source>Format: %1
Samples: %2
Classes: %3</source>
        <translation>格式：%1
样本数：%2
类别数：%3</translation>
    </message>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="38"/>
        <source>Input shape: %1</source>
        <translation>输入形状：%1</translation>
    </message>
    <message>
        <location filename="../gui/datasetinspection.cpp" line="43"/>
        <source>Class names: %1</source>
        <translation>类别名称：%1</translation>
    </message>
</context>
<context>
    <name>EngineQuery</name>
    <message>
        <location filename="../gui/enginequery.cpp" line="68"/>
        <source>disteval-engine stopped unexpectedly.</source>
        <translation>disteval-engine 意外停止。</translation>
    </message>
    <message>
        <location filename="../gui/enginequery.cpp" line="70"/>
        <source>disteval-engine gave an answer this app does not understand.</source>
        <translation>disteval-engine 返回了本应用无法理解的答复。</translation>
    </message>
    <message>
        <location filename="../gui/enginequery.cpp" line="83"/>
        <source>disteval-engine could not be started (%1): %2</source>
        <translation>无法启动 disteval-engine（%1）：%2</translation>
    </message>
    <message>
        <location filename="../gui/enginequery.cpp" line="91"/>
        <source>disteval-engine did not answer in time.</source>
        <translation>disteval-engine 未能及时响应。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../gui/errortext.cpp" line="8"/>
        <location filename="../gui/errortext.cpp" line="32"/>
        <source>The engine did not accept its command line.</source>
        <translation>引擎不接受其命令行参数。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="10"/>
        <location filename="../gui/errortext.cpp" line="34"/>
        <source>The dataset cannot be read.</source>
        <translation>无法读取数据集。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="12"/>
        <location filename="../gui/errortext.cpp" line="36"/>
        <source>A model checkpoint cannot be loaded.</source>
        <translation>无法加载模型检查点。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="14"/>
        <source>The model&apos;s number of outputs does not match the dataset&apos;s classes.</source>
        <translation>模型的输出数量与数据集的类别数不一致。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="16"/>
        <location filename="../gui/errortext.cpp" line="38"/>
        <source>The result file cannot be written.</source>
        <translation>无法写入结果文件。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="18"/>
        <location filename="../gui/errortext.cpp" line="40"/>
        <source>The requested device is not available.</source>
        <translation>所请求的设备不可用。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="20"/>
        <location filename="../gui/errortext.cpp" line="42"/>
        <source>One of the ranks failed.</source>
        <translation>其中一个进程（rank）失败。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="22"/>
        <source>The engine hit an internal error.</source>
        <translation>引擎发生内部错误。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="23"/>
        <source>The engine reported an error (%1).</source>
        <translation>引擎报告了一个错误（%1）。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="30"/>
        <source>The engine finished successfully.</source>
        <translation>引擎已成功完成。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="44"/>
        <source>The job ended with exit code %1.</source>
        <translation>作业以退出码 %1 结束。</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="51"/>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="53"/>
        <source>Evaluating</source>
        <translation>评估中</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="55"/>
        <source>Combining the ranks&apos; statistics</source>
        <translation>合并各进程的统计量</translation>
    </message>
    <message>
        <location filename="../gui/errortext.cpp" line="57"/>
        <source>Writing the result</source>
        <translation>写入结果</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <location filename="../gui/jobcommand.cpp" line="17"/>
        <source>The extra mpirun arguments cannot be parsed.</source>
        <translation>无法解析额外的 mpirun 参数。</translation>
    </message>
    <message>
        <location filename="../gui/jobcommand.cpp" line="23"/>
        <source>The extra mpirun arguments contain an unbalanced quote.</source>
        <translation>额外的 mpirun 参数中有未闭合的引号。</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../gui/languagemanager.cpp" line="9"/>
        <source>System language</source>
        <translation>系统语言</translation>
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
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="75"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="92"/>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="104"/>
        <source>&amp;Add Checkpoints...</source>
        <translation>添加检查点(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="108"/>
        <source>Add model checkpoints</source>
        <translation>添加模型检查点</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="109"/>
        <source>TorchScript checkpoints (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript 检查点 (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="113"/>
        <source>Open &amp;Result...</source>
        <translation>打开结果(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="116"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="120"/>
        <location filename="../gui/mainwindow.cpp" line="156"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="124"/>
        <location filename="../gui/mainwindow.cpp" line="318"/>
        <source>Start the evaluation</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="126"/>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="130"/>
        <source>Copy &amp;Command</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="131"/>
        <source>Copy the equivalent mpirun command line</source>
        <translation>复制等效的 mpirun 命令行</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="133"/>
        <source>&amp;About disteval</source>
        <translation>关于 disteval(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="136"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="151"/>
        <source>Recent Results</source>
        <translation>最近的结果</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="161"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="162"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="174"/>
        <source>The language changes when disteval is started again.</source>
        <translation>语言将在 disteval 重新启动后更改。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="225"/>
        <source>The run finished.</source>
        <translation>运行已完成。</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="248"/>
        <location filename="../gui/mainwindow.cpp" line="251"/>
        <source>Open result file</source>
        <translation>打开结果文件</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="249"/>
        <source>Result files (*.json);;All files (*)</source>
        <translation>结果文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="263"/>
        <source>No recent results</source>
        <translation>没有最近的结果</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="309"/>
        <source>Command copied: %1</source>
        <translation>命令已复制：%1</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="319"/>
        <source>Choose at least one checkpoint and a dataset first</source>
        <translation>请先选择至少一个检查点和一个数据集</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="325"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="329"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="332"/>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="335"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="338"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="341"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="349"/>
        <source>About disteval</source>
        <translation>关于 disteval</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="350"/>
        <source>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;Exact distributed evaluation of PyTorch classifiers, with confidence intervals.&lt;/p&gt;&lt;p&gt;The app starts &lt;code&gt;disteval-engine&lt;/code&gt; under Open MPI and shows its progress and results.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;disteval %1&lt;/h3&gt;&lt;p&gt;精确的 PyTorch 分类器分布式评估，附带置信区间。&lt;/p&gt;&lt;p&gt;本应用在 Open MPI 下启动 &lt;code&gt;disteval-engine&lt;/code&gt;，并显示其进度和结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="360"/>
        <source>Quit disteval</source>
        <translation>退出 disteval</translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="360"/>
        <source>A run is in progress. Stop it and quit?</source>
        <translation>有运行正在进行。要停止它并退出吗？</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <location filename="../gui/metricnames.cpp" line="6"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="8"/>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="10"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5 准确率</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="12"/>
        <source>Cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="14"/>
        <source>Macro F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="16"/>
        <source>Weighted F1</source>
        <translation>加权 F1</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="18"/>
        <source>Macro precision</source>
        <translation>宏平均精确率</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="20"/>
        <source>Macro recall</source>
        <translation>宏平均召回率</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="22"/>
        <source>Weighted precision</source>
        <translation>加权精确率</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="24"/>
        <source>Weighted recall</source>
        <translation>加权召回率</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="26"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen kappa 系数</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="28"/>
        <source>Matthews correlation</source>
        <translation>Matthews 相关系数</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="30"/>
        <source>Expected calibration error</source>
        <translation>期望校准误差</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="32"/>
        <source>Macro AUROC</source>
        <translation>宏平均 AUROC</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="39"/>
        <source>Wilson</source>
        <translation>Wilson</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="41"/>
        <source>Bootstrap</source>
        <translation>自助法</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="43"/>
        <source>Normal</source>
        <translation>正态近似</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="45"/>
        <source>DeLong</source>
        <translation>DeLong</translation>
    </message>
    <message>
        <location filename="../gui/metricnames.cpp" line="47"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ResultSummaryView</name>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="39"/>
        <source>No result open. Run an evaluation, or open a result file.</source>
        <translation>尚未打开结果。请运行一次评估，或打开结果文件。</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="75"/>
        <source>The result file cannot be opened: %1</source>
        <translation>无法打开结果文件：%1</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="85"/>
        <source>%1
Dataset: %2 (%3 samples, %4 classes) · %5 rank(s) · engine %6 · %7
Intervals: %8% confidence, %9 bootstrap replicates.</source>
        <translation>%1
数据集：%2（%3 个样本，%4 个类别）· %5 个进程 · 引擎 %6 · %7
区间：%8% 置信水平，%9 次自助重抽样。</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="109"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="112"/>
        <source>%1% interval</source>
        <translation>%1% 区间</translation>
    </message>
    <message>
        <location filename="../gui/resultsummaryview.cpp" line="114"/>
        <source>Interval method</source>
        <translation>区间方法</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../gui/runcontroller.cpp" line="119"/>
        <source>Choose at least one model checkpoint.</source>
        <translation>请至少选择一个模型检查点。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="124"/>
        <source>Choose a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="133"/>
        <source>mpirun was not found. Install Open MPI, or set the path of mpirun under Advanced.</source>
        <translation>未找到 mpirun。请安装 Open MPI，或在“高级”中设置 mpirun 的路径。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="135"/>
        <source>mpirun was not found at %1. Install Open MPI, or correct the path of mpirun under Advanced.</source>
        <translation>在 %1 未找到 mpirun。请安装 Open MPI，或在“高级”中更正 mpirun 的路径。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="145"/>
        <source>disteval-engine was not found next to the app or on the PATH. Set its path under Advanced.</source>
        <translation>在应用所在目录和 PATH 中均未找到 disteval-engine。请在“高级”中设置其路径。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="147"/>
        <source>disteval-engine was not found at %1. Correct its path under Advanced.</source>
        <translation>在 %1 未找到 disteval-engine。请在“高级”中更正其路径。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="157"/>
        <source>The output folder %1 cannot be created.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="175"/>
        <source>The progress socket cannot be opened: %1</source>
        <translation>无法打开进度套接字：%1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="219"/>
        <source>Cancelling the run...</source>
        <translation>正在取消运行...</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="331"/>
        <source>The job did not stop in time; stopping it forcibly.</source>
        <translation>作业未能及时停止，正在强制终止。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="367"/>
        <source>A second connection to the progress socket was refused.</source>
        <translation>已拒绝到进度套接字的第二个连接。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="414"/>
        <source>The progress connection sent an invalid first message; the run was stopped.</source>
        <translation>进度连接发送的第一条消息无效，运行已停止。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="419"/>
        <source>Ignored a malformed progress message (%1): %2</source>
        <translation>已忽略格式错误的进度消息（%1）：%2</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="429"/>
        <source>The progress connection did not start with a hello message; the run was stopped.</source>
        <translation>进度连接没有以 hello 消息开始，运行已停止。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="436"/>
        <source>The progress connection presented a wrong token, so it does not belong to this run; the run was stopped.</source>
        <translation>进度连接提供了错误的令牌，因此不属于本次运行，运行已停止。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="444"/>
        <source>The engine speaks progress protocol version %1, this app version %2. Install matching versions of disteval and disteval-engine.</source>
        <translation>引擎使用进度协议版本 %1，本应用使用版本 %2。请安装相互匹配的 disteval 和 disteval-engine 版本。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="453"/>
        <source>Ignored a repeated hello message.</source>
        <translation>已忽略重复的 hello 消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runcontroller.cpp" line="473"/>
        <source>disteval-engine %1: %n rank(s), %2 samples, %3 model(s).</source>
        <translation>
            <numerusform>disteval-engine %1：%n 个进程，%2 个样本，%3 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="492"/>
        <source>Ignored progress for rank %1, which is not part of the run.</source>
        <translation>已忽略不属于本次运行的进程 %1 的进度。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="507"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="513"/>
        <source>Result written to %1</source>
        <translation>结果已写入 %1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="522"/>
        <source>Rank %1: %2</source>
        <translation>进程 %1：%2</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="523"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="567"/>
        <source>mpirun could not be started: %1</source>
        <translation>无法启动 mpirun：%1</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="655"/>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="664"/>
        <source>Last output of the job:</source>
        <translation>作业的最后输出：</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="675"/>
        <source>The run finished.</source>
        <translation>运行已完成。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="680"/>
        <source>The engine finished without reporting a result.</source>
        <translation>引擎已结束，但没有报告结果。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="687"/>
        <source>mpirun stopped unexpectedly (it crashed or was killed).</source>
        <translation>mpirun 意外停止（崩溃或被终止）。</translation>
    </message>
    <message>
        <location filename="../gui/runcontroller.cpp" line="705"/>
        <source>Rank %1 crashed (%2).</source>
        <translation>进程 %1 崩溃（%2）。</translation>
    </message>
</context>
<context>
    <name>RunSetupWidget</name>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="30"/>
        <source>Model checkpoints</source>
        <translation>模型检查点</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="37"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="39"/>
        <source>File...</source>
        <translation>文件...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="40"/>
        <source>Folder...</source>
        <translation>文件夹...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="41"/>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="43"/>
        <location filename="../gui/runsetupwidget.cpp" line="96"/>
        <location filename="../gui/runsetupwidget.cpp" line="113"/>
        <location filename="../gui/runsetupwidget.cpp" line="117"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="44"/>
        <source>Class &amp;names:</source>
        <translation>类别名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="46"/>
        <source>optional, one name per line</source>
        <translation>可选，每行一个名称</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="47"/>
        <location filename="../gui/runsetupwidget.cpp" line="287"/>
        <source>No dataset chosen.</source>
        <translation>尚未选择数据集。</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="59"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="64"/>
        <source>Number of MPI processes (mpirun -np).</source>
        <translation>MPI 进程数（mpirun -np）。</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="70"/>
        <source>&amp;Ranks:</source>
        <translation>进程数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="75"/>
        <source>Automatic (GPU if available)</source>
        <translation>自动（如有 GPU 则使用）</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="76"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="77"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="78"/>
        <source>De&amp;vice:</source>
        <translation>设备(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="82"/>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="87"/>
        <source>Bootstrap replicates for the intervals of F1 and the other metrics that are not simple proportions (0: none).</source>
        <translation>用于 F1 及其他非简单比例指标区间的自助重抽样次数（0：不计算）。</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="89"/>
        <source>Boots&amp;trap replicates:</source>
        <translation>自助重抽样次数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="95"/>
        <source>&amp;Confidence level:</source>
        <translation>置信水平(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="97"/>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="105"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="114"/>
        <source>&amp;mpirun:</source>
        <translation>&amp;mpirun：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="116"/>
        <source>found on the PATH</source>
        <translation>在 PATH 中查找</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="118"/>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="120"/>
        <source>next to the app, then on the PATH</source>
        <translation>先在应用所在目录，再在 PATH 中查找</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="123"/>
        <source>e.g. --hostfile hosts.txt</source>
        <translation>例如 --hostfile hosts.txt</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="124"/>
        <source>Passed to mpirun before the engine. Use double quotes for arguments with spaces.</source>
        <translation>在引擎之前传递给 mpirun。含空格的参数请用双引号括起来。</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="126"/>
        <source>E&amp;xtra mpirun arguments:</source>
        <translation>额外的 mpirun 参数(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="127"/>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="129"/>
        <source>Copies the equivalent mpirun command line, to run the same evaluation elsewhere (e.g. on a cluster) and open its result here later.</source>
        <translation>复制等效的 mpirun 命令行，以便在其他地方（例如集群上）运行同样的评估，之后在这里打开其结果。</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="153"/>
        <source>engine not available</source>
        <translation>引擎不可用</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="256"/>
        <source>engine not found</source>
        <translation>未找到引擎</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="259"/>
        <source>asking the engine...</source>
        <translation>正在询问引擎...</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runsetupwidget.cpp" line="268"/>
        <source>%n GPU(s), %1 CPU cores</source>
        <translation>
            <numerusform>%n 个 GPU，%1 个 CPU 核心</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="269"/>
        <source>no GPU, %1 CPU cores</source>
        <translation>无 GPU，%1 个 CPU 核心</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="271"/>
        <source>disteval-engine %1</source>
        <translation>disteval-engine %1</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="292"/>
        <source>disteval-engine was not found, so the dataset cannot be checked. Set its path under Advanced.</source>
        <translation>未找到 disteval-engine，因此无法检查数据集。请在“高级”中设置其路径。</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="300"/>
        <source>Checking the dataset...</source>
        <translation>正在检查数据集...</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="321"/>
        <source>This is not a dataset the engine can read.</source>
        <translation>这不是引擎能够读取的数据集。</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="328"/>
        <source>Choose a dataset file</source>
        <translation>选择数据集文件</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="336"/>
        <source>Choose a dataset folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="344"/>
        <source>Choose a class-names file</source>
        <translation>选择类别名称文件</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="346"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="353"/>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="361"/>
        <source>Locate mpirun</source>
        <translation>定位 mpirun</translation>
    </message>
    <message>
        <location filename="../gui/runsetupwidget.cpp" line="369"/>
        <source>Locate disteval-engine</source>
        <translation>定位 disteval-engine</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../gui/runview.cpp" line="28"/>
        <source>No run yet. Set up a run on the left and press Run.</source>
        <translation>尚无运行。请在左侧设置运行，然后点击“运行”。</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="84"/>
        <source>The engine&apos;s output appears here.</source>
        <translation>引擎的输出将显示在这里。</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="149"/>
        <source>Starting mpirun...</source>
        <translation>正在启动 mpirun...</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="153"/>
        <source>Waiting for the engine...</source>
        <translation>正在等待引擎...</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="156"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="159"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="163"/>
        <source>The run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="166"/>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="190"/>
        <source>Rank %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="216"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="218"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="220"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="227"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../gui/runview.cpp" line="246"/>
        <source>Throughput: %1 samples/s    Elapsed: %2    Remaining: %3</source>
        <translation>吞吐量：%1 样本/秒    已用时间：%2    剩余时间：%3</translation>
    </message>
</context>
</TS>
