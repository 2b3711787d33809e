<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt {qt} and PySide6 {pyside} (The Qt Company) are used under the GNU Lesser General Public License v3. They ship as separate shared libraries in the program&apos;s folder and may be replaced with a compatible build of your own; their source code is available from &lt;a href=&quot;https://download.qt.io/official_releases/&quot;&gt;download.qt.io&lt;/a&gt;.</source>
        <translation>Qt {qt} 和 PySide6 {pyside}（The Qt Company）依据 GNU 宽通用公共许可证第 3 版（LGPL v3）使用。它们以独立的共享库形式随程序文件夹一起提供，可替换为您自行构建的兼容版本；其源代码可从 &lt;a href=&quot;https://download.qt.io/official_releases/&quot;&gt;download.qt.io&lt;/a&gt; 获取。</translation>
    </message>
    <message>
        <source>See the library&apos;s licence file</source>
        <translation>请参阅该库的许可证文件</translation>
    </message>
    <message>
        <source>About Biosparc Desktop</source>
        <translation>关于 Biosparc Desktop</translation>
    </message>
    <message>
        <source>Partner relationships, agreements and follow-ups for Biosparc&apos;s business development team. Works fully offline.</source>
        <translation>为 Biosparc 业务拓展团队管理合作伙伴关系、协议和跟进事项。完全离线运行。</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Python {version} is used under the Python Software Foundation License.</source>
        <translation>Python {version} 依据 Python 软件基金会许可证使用。</translation>
    </message>
    <message>
        <source>Libraries included in this program</source>
        <translation>本程序包含的库</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created: {problem}.</source>
        <translation>无法创建数据文件夹 {path}：{problem}。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AgreementDetailPane</name>
    <message>
        <source>Party</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>No interactions with its parties yet.</source>
        <translation>尚无与各方的互动。</translation>
    </message>
    <message>
        <source>Add o&amp;bligation…</source>
        <translation>添加义务(&amp;B)…</translation>
    </message>
    <message>
        <source>A&amp;ttach document…</source>
        <translation>附加文件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Obligations and milestones</source>
        <translation>义务与里程碑</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Select an agreement to see its parties, dates and obligations.</source>
        <translation>选择一份协议，查看其签约方、关键日期和义务。</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>变更为：</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a meeting or call with the agreement&apos;s parties</source>
        <translation>记录与本协议各方的会面或通话</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>添加跟进(&amp;W)…</translation>
    </message>
    <message>
        <source>Interactions with the parties</source>
        <translation>与各方的互动</translation>
    </message>
    <message>
        <source>({n} days left)</source>
        <translation>（剩余 {n} 天）</translation>
    </message>
    <message>
        <source>(expired {n} days ago)</source>
        <translation>（已过期 {n} 天）</translation>
    </message>
    <message>
        <source>{date} ({n} days before expiry)</source>
        <translation>{date}（到期前 {n} 天）</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>续约通知</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作事项</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>主要条款</translation>
    </message>
    <message>
        <source>{title} — due {date}</source>
        <translation>{title} — {date} 到期</translation>
    </message>
    <message>
        <source>No obligations recorded.</source>
        <translation>尚未记录任何义务。</translation>
    </message>
    <message>
        <source>{name}  ({size} KB)</source>
        <translation>{name}  （{size} KB）</translation>
    </message>
    <message>
        <source>Add obligation</source>
        <translation>添加义务</translation>
    </message>
    <message>
        <source>What must be done?</source>
        <translation>需要完成什么？</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>{title} ({workstream})</source>
        <translation>{title}（{workstream}）</translation>
    </message>
    <message>
        <source>{title} ({workstream}, {cadence} review)</source>
        <translation>{title}（{workstream}，{cadence}回顾）</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>编辑协议</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>新建协议</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>签约方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>签署日期(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;ffective</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>到期日期(&amp;X)</translation>
    </message>
    <message>
        <source>Renewal &amp;notice (days)</source>
        <translation>续约通知天数(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>金额(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. 2,500,000</source>
        <translation>例如 2,500,000</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>Key ter&amp;ms</source>
        <translation>主要条款(&amp;M)</translation>
    </message>
</context>
<context>
    <name>AgreementMoves</name>
    <message>
        <source>Back to negotiating</source>
        <translation>退回洽谈</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
    <message>
        <source>“{status}” is closed: the agreement moves no further.</source>
        <translation>“{status}”是已结束的状态：协议不能再变更状态。</translation>
    </message>
    <message>
        <source>“{status}”</source>
        <translation>“{status}”</translation>
    </message>
    <message>
        <source>{target}: only where an agreement starts.</source>
        <translation>{target}：仅为协议的起始状态。</translation>
    </message>
    <message>
        <source>{target}: only from {sources}.</source>
        <translation>{target}：只能从{sources}转入。</translation>
    </message>
    <message>
        <source>Not offered now:</source>
        <translation>当前不可用的状态：</translation>
    </message>
    <message>
        <source>No further moves</source>
        <translation>无后续状态</translation>
    </message>
    <message>
        <source>Move to “{status}”</source>
        <translation>变更为“{status}”</translation>
    </message>
    <message>
        <source>Signed on which day?</source>
        <translation>签署日期是哪一天？</translation>
    </message>
    <message>
        <source>In force from which day?</source>
        <translation>从哪一天起生效？</translation>
    </message>
    <message>
        <source>Terminate the agreement?</source>
        <translation>终止该协议？</translation>
    </message>
    <message>
        <source>Abandon the agreement?</source>
        <translation>放弃该协议？</translation>
    </message>
    <message>
        <source>Move “{title}” to “{status}”? Give a reason; it is kept with the key terms. Ctrl+Z undoes the move.</source>
        <translation>将“{title}”变更为“{status}”？请填写原因，原因会保存在主要条款中。按 Ctrl+Z 可撤销此操作。</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>Title</source>
        <translation>协议名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>To expiry</source>
        <translation>距到期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>份协议</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>份协议</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>不限到期时间</translation>
    </message>
    <message>
        <source>Expiring in 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Expiring in 180 days</source>
        <translation>180 天内到期</translation>
    </message>
    <message>
        <source>No agreements yet. Press Ctrl+N to record one.</source>
        <translation>还没有协议。按 Ctrl+N 录入一份。</translation>
    </message>
    <message>
        <source>Search agreements by title or key terms…</source>
        <translation>按名称或主要条款搜索协议…</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <source>Imported {file}: 1 record added, {updated} updated, {kept} already up to date.</source>
        <translation>已导入 {file}：新增 1 条记录，更新 {updated} 条，{kept} 条已是最新。</translation>
    </message>
    <message>
        <source>Imported {file}: {added} records added, {updated} updated, {kept} already up to date.</source>
        <translation>已导入 {file}：新增 {added} 条记录，更新 {updated} 条，{kept} 条已是最新。</translation>
    </message>
    <message>
        <source> 1 record looks like a copy of one already here: review it now.</source>
        <translation>有 1 条记录看起来是现有记录的副本：请现在检查。</translation>
    </message>
    <message>
        <source> {count} records look like copies of ones already here: review them now.</source>
        <translation>有 {count} 条记录看起来是现有记录的副本：请现在检查。</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>导入归档</translation>
    </message>
    <message>
        <source>Biosparc archives (*.zip);;All files (*)</source>
        <translation>Biosparc 归档 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Import archive</source>
        <translation>导入归档</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{n} partner</source>
        <translation>{n} 家合作伙伴</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} 家合作伙伴</translation>
    </message>
    <message>
        <source>{n} contact</source>
        <translation>{n} 位联系人</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} 位联系人</translation>
    </message>
    <message>
        <source>{n} agreement</source>
        <translation>{n} 份协议</translation>
    </message>
    <message>
        <source>{n} agreements</source>
        <translation>{n} 份协议</translation>
    </message>
    <message>
        <source>{n} interaction</source>
        <translation>{n} 条互动记录</translation>
    </message>
    <message>
        <source>{n} interactions</source>
        <translation>{n} 条互动记录</translation>
    </message>
    <message>
        <source>{n} event</source>
        <translation>{n} 场活动</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} 场活动</translation>
    </message>
    <message>
        <source>{n} follow-up</source>
        <translation>{n} 项跟进事项</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>{n} 项跟进事项</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>US Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>简体中文 (Simplified Chinese)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Bilingual: English and 简体中文</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>简报资料</translation>
    </message>
    <message>
        <source>Business Development, Biosparc</source>
        <translation>中新生命科学园商务拓展部</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>更改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Prepared &amp;by</source>
        <translation>编制人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>保存为(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Build PDF</source>
        <translation>生成 PDF(&amp;B)</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>合作组合概览</translation>
    </message>
    <message>
        <source>Portfolio summary of every partner</source>
        <translation>全部合作伙伴的合作组合概览</translation>
    </message>
    <message>
        <source>Briefing pack for {name}</source>
        <translation>{name} 的简报资料</translation>
    </message>
    <message>
        <source>a missing record</source>
        <translation>已不存在的记录</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>内容章节</translation>
    </message>
    <message>
        <source>Portfolio summary {date}</source>
        <translation>合作组合概览 {date}</translation>
    </message>
    <message>
        <source>{name} briefing {date}</source>
        <translation>{name} 简报 {date}</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>文件夹 {folder} 不存在；请选择其他位置。</translation>
    </message>
    <message>
        <source>Save briefing pack</source>
        <translation>保存简报资料</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Saved {file} ({pages} pages) in {folder}.</source>
        <translation>已将 {file}（{pages} 页）保存到 {folder}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Not applied (mine)</source>
        <translation>未采用（我的）</translation>
    </message>
    <message>
        <source>Kept (theirs)</source>
        <translation>已保留（对方的）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某位同事</translation>
    </message>
    <message>
        <source>Edited while it was moved to the Trash; keeping mine restores it.</source>
        <translation>在记录被移入回收站时进行了编辑；保留我的将恢复该记录。</translation>
    </message>
    <message>
        <source>Added here, but it (or what it belongs to) was removed for good on another laptop; keeping mine adds it again.</source>
        <translation>在本机添加，但它（或其所属记录）已在另一台电脑上被永久删除；保留我的将重新添加。</translation>
    </message>
    <message>
        <source>The record was removed for good on another laptop.</source>
        <translation>该记录已在另一台电脑上被永久删除。</translation>
    </message>
    <message>
        <source>Added to a record that is in the Trash; keeping mine restores it.</source>
        <translation>添加到了回收站中的记录下；保留我的将恢复该记录。</translation>
    </message>
    <message>
        <source>Changed on two laptops before they synced.</source>
        <translation>两台电脑在同步前都修改了此项。</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>审阅冲突</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>(removed record)</source>
        <translation>（已删除的记录）</translation>
    </message>
    <message>
        <source>These changes were not applied as typed. Everyone has the kept value; choose what to keep, and your choice goes to the team at the next sync.</source>
        <translation>以下修改未按输入采用。所有人现在都是保留的值；请选择要保留的内容，您的选择将在下次同步时发送给团队。</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>没有需要审阅的冲突。</translation>
    </message>
    <message>
        <source>Use the value not applied, by {who}</source>
        <translation>改用未生效的值（{who} 所改）</translation>
    </message>
    <message>
        <source>Keep the value everyone has, by {who}</source>
        <translation>保留所有人现有的值（{who} 所改）</translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation>编辑值</translation>
    </message>
    <message>
        <source>The value to keep for {field}:</source>
        <translation>{field} 要保留的值：</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;organisation</source>
        <translation>打开所属机构(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>添加跟进(&amp;W)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>No interactions logged yet.</source>
        <translation>还没有互动记录。</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Select a contact to see their details.</source>
        <translation>选择一位联系人，查看其详细信息。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>曾任</translation>
    </message>
    <message>
        <source>{where} (until {date})</source>
        <translation>{where}（至 {date}）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Chinese name</source>
        <translation>中文姓名(&amp;C)</translation>
    </message>
    <message>
        <source>Name &amp;order</source>
        <translation>姓名顺序(&amp;O)</translation>
    </message>
    <message>
        <source>Automatic (family first for Chinese names)</source>
        <translation>自动（中文姓名姓在前）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>机构(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Emails</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>多个地址请用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>New contact (or type a name to find one)</source>
        <translation>新联系人（或输入姓名查找已有联系人）</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>位联系人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>位联系人</translation>
    </message>
    <message>
        <source>No contacts yet. Press Ctrl+N to add one, or import them from a file.</source>
        <translation>还没有联系人。按 Ctrl+N 添加，或从文件导入。</translation>
    </message>
    <message>
        <source>Search by name (English, 中文 or pinyin), title or email…</source>
        <translation>按姓名（英文、中文或拼音）、职务或电子邮件搜索…</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Biosparc Desktop found damage in its database and did not open it.</source>
        <translation>Biosparc Desktop 发现数据库已损坏，因此没有打开它。</translation>
    </message>
    <message>
        <source>Nothing in the file was changed. Damage like this usually comes from the computer losing power or a drive being removed while a file was being written.</source>
        <translation>文件内容未作任何改动。此类损坏通常是由于写入文件时电脑断电或存储设备被拔出造成的。</translation>
    </message>
    <message>
        <source>Details for whoever helps you: {problem}</source>
        <translation>供技术支持人员参考的详细信息：{problem}</translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation>恢复最新的完好备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Quit, keep a copy of the file {path} and ask for help; do not delete it.</source>
        <translation>没有可供恢复的完好备份。请退出程序，保留文件 {path} 的副本并寻求帮助；请勿删除该文件。</translation>
    </message>
    <message>
        <source> It holds {counts}.</source>
        <translation>其中包含 {counts}。</translation>
    </message>
    <message>
        <source>What to do: restore the newest good backup, made on {date} at {time}.{counts} Changes saved after that time are not in it. The damaged file is moved aside (renamed to {file}.damaged-…) and kept, so nothing is thrown away.</source>
        <translation>建议操作：恢复最新的完好备份（创建于 {date} {time}）。{counts}该时间之后保存的更改不在此备份中。损坏的文件会被移到一旁（重命名为 {file}.damaged-…）并保留，不会丢弃任何内容。</translation>
    </message>
</context>
<context>
    <name>DeleteConfirm</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{head} and {last}</source>
        <translation>{head}和{last}</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 位联系人</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} 位联系人</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 份协议</translation>
    </message>
    <message>
        <source>{n} agreements</source>
        <translation>{n} 份协议</translation>
    </message>
    <message>
        <source>1 open follow-up</source>
        <translation>1 项未完成的跟进事项</translation>
    </message>
    <message>
        <source>{n} open follow-ups</source>
        <translation>{n} 项未完成的跟进事项</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 条互动记录</translation>
    </message>
    <message>
        <source>{n} interactions</source>
        <translation>{n} 条互动记录</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 场活动</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} 场活动</translation>
    </message>
    <message>
        <source>{head} and {last}</source>
        <comment>counts</comment>
        <translation>{head}和 {last}</translation>
    </message>
    <message>
        <source>Move “{name}” to the Trash? It is linked to {links}. They stay, and show it as “{name} (in Trash)”. Ctrl+Z undoes the delete.</source>
        <translation>将“{name}”移到回收站？它关联着 {links}。这些记录会保留，并显示为“{name}（在回收站中）”。按 Ctrl+Z 可撤销删除。</translation>
    </message>
    <message>
        <source>Move to the Trash?</source>
        <translation>移到回收站？</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>合并到保留项</translation>
    </message>
    <message>
        <source>Why they look the same</source>
        <translation>判定为重复的原因</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>Copies brought by the archive</source>
        <translation>归档带来的副本</translation>
    </message>
    <message>
        <source>No likely duplicates. Run Find duplicates again after an import.</source>
        <translation>没有疑似重复项。导入数据后可再次运行“查找重复项”。</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>联系人（{count}）</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>机构（{count}）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>还没有议程。</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>No attendees yet.</source>
        <translation>还没有参会人。</translation>
    </message>
    <message>
        <source>Agreement to be signed</source>
        <translation>待签署协议</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>没有协议。</translation>
    </message>
    <message>
        <source>No interactions logged on the day.</source>
        <translation>当天没有记录互动。</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>简报资料(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a meeting on the day with the people there</source>
        <translation>记录当天与到场人员的会面</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>添加跟进(&amp;W)…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Interactions on the day</source>
        <translation>当天的互动</translation>
    </message>
    <message>
        <source>Select an event to see its agenda and attendees.</source>
        <translation>选择一个活动，查看其议程和参会人。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Agenda line {number} is not understood.</source>
        <translation>无法识别议程第 {number} 行。</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Agreements to sign</source>
        <translation>待签署协议(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ttendees</source>
        <translation>参会人(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>议程(&amp;G)</translation>
    </message>
    <message>
        <source>One item a line, e.g.
10:00 Welcome address — Biosparc</source>
        <translation>每行一项，例如：
10:00 欢迎致辞 — Biosparc</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>说明(&amp;E)</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构数</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>events</source>
        <translation>场活动</translation>
    </message>
    <message>
        <source>event</source>
        <translation>场活动</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Upcoming only</source>
        <translation>仅显示即将举行</translation>
    </message>
    <message>
        <source>No events yet. Press Ctrl+N to plan a signing ceremony or conference.</source>
        <translation>还没有活动。按 Ctrl+N 筹划一场签约仪式或会议。</translation>
    </message>
    <message>
        <source>Search events by name or venue…</source>
        <translation>按名称或地点搜索活动…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Contacts as vCard, for Apple, Google and Outlook address books</source>
        <translation>联系人（vCard 格式，适用于 Apple、Google 和 Outlook 通讯录）</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>Contacts as CSV, for Excel</source>
        <translation>联系人（CSV 格式，适用于 Excel）</translation>
    </message>
    <message>
        <source>Partner organisations as CSV</source>
        <translation>合作伙伴机构（CSV 格式）</translation>
    </message>
    <message>
        <source>Agreements as CSV</source>
        <translation>协议（CSV 格式）</translation>
    </message>
    <message>
        <source>Follow-ups as CSV</source>
        <translation>跟进事项（CSV 格式）</translation>
    </message>
    <message>
        <source>Calendar: follow-ups, expiries, renewal notices, obligations and events</source>
        <translation>日历：跟进事项、到期日、续约提醒、履约义务和活动</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Everything, with attached documents, as one archive</source>
        <translation>全部数据及附件文档，打包为一个压缩文件</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>Exported 1 contact to {path}.</source>
        <translation>已将 1 位联系人导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {path}.</source>
        <translation>已将 {count} 位联系人导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported 1 organisation to {path}.</source>
        <translation>已将 1 家机构导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported {count} organisations to {path}.</source>
        <translation>已将 {count} 家机构导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported 1 agreement to {path}.</source>
        <translation>已将 1 份协议导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported {count} agreements to {path}.</source>
        <translation>已将 {count} 份协议导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported 1 follow-up to {path}.</source>
        <translation>已将 1 项跟进事项导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported {count} follow-ups to {path}.</source>
        <translation>已将 {count} 项跟进事项导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported 1 calendar entry to {path}.</source>
        <translation>已将 1 条日历条目导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported {count} calendar entries to {path}.</source>
        <translation>已将 {count} 条日历条目导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported 1 record to {path}.</source>
        <translation>已将 1 条记录导出到 {path}。</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}.</source>
        <translation>已将 {count} 条记录导出到 {path}。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>You have unsaved changes. Close without saving them?</source>
        <translation>有尚未保存的更改。不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题/职务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>主要条款</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Value (in minor units)</source>
        <translation>金额（以最小货币单位计）</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Cooperation item</source>
        <translation>合作事项</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>续约提醒（提前天数）</translation>
    </message>
    <message>
        <source>Renewal notice on</source>
        <translation>续约提醒日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation>合作方向</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>回顾周期</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Past position</source>
        <translation>曾任职位</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>{item} added: {name}</source>
        <translation>已添加{item}：{name}</translation>
    </message>
    <message>
        <source>{item} removed: {name}</source>
        <translation>已移除{item}：{name}</translation>
    </message>
    <message>
        <source>{item} moved here: {name}</source>
        <translation>{item}已移入：{name}</translation>
    </message>
    <message>
        <source>{item} moved away: {name}</source>
        <translation>{item}已移出：{name}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Removed for good</source>
        <translation>已永久删除</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>还没有修改记录。</translation>
    </message>
    <message>
        <source>Restore &amp;this value</source>
        <translation>恢复此值(&amp;T)</translation>
    </message>
    <message>
        <source>Set the field back to the value it had before this change</source>
        <translation>将该字段恢复为此次修改前的值</translation>
    </message>
    <message>
        <source>{field} set back to {value}. Press Ctrl+Z to undo.</source>
        <translation>{field}已恢复为 {value}。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>已移至回收站</translation>
    </message>
    <message>
        <source>Restored from the Trash</source>
        <translation>已从回收站恢复</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>a removed record</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <source>Who are you? Your changes, follow-ups and briefing packs carry this name.</source>
        <translation>您是哪位？您的修改、跟进事项和简报资料都会署上这个名字。</translation>
    </message>
    <message>
        <source>Choose your name, or type it to add yourself</source>
        <translation>选择您的姓名，或输入姓名添加自己</translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation>就是我(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate of {name} (row {line}): {reason}.</source>
        <translation>与 {name}（第 {line} 行）重复：{reason}。</translation>
    </message>
    <message>
        <source>Duplicate of {name}: {reason}.</source>
        <translation>与 {name} 重复：{reason}。</translation>
    </message>
    <message>
        <source>Duplicate of row {line}: {reason}.</source>
        <translation>与第 {line} 行重复：{reason}。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>问题与说明</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name}（新建）</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的记录</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复对象</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>{name} (row {line})</source>
        <translation>{name}（第 {line} 行）</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country (reads local phone numbers)</source>
        <translation>国家（用于识别本地电话号码）</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Skip (keep the existing record as it is)</source>
        <translation>跳过（保留现有记录不变）</translation>
    </message>
    <message>
        <source>Merge into the existing record</source>
        <translation>合并到现有记录</translation>
    </message>
    <message>
        <source>Create a new record anyway</source>
        <translation>仍然新建一条记录</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Check which column of the file goes into which field.</source>
        <translation>请核对文件中的每一列分别对应哪个字段。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn 人脉</translation>
    </message>
    <message>
        <source>{kind} file, read as {encoding}: 1 contact found.</source>
        <translation>{kind} 文件，按 {encoding} 编码读取：找到 1 位联系人。</translation>
    </message>
    <message>
        <source>{kind} file, read as {encoding}: {count} contacts found.</source>
        <translation>{kind} 文件，按 {encoding} 编码读取：找到 {count} 位联系人。</translation>
    </message>
    <message>
        <source> vCard files need no column choices.</source>
        <translation>vCard 文件无需选择列对应。</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Two columns go into “{field}”; choose one.</source>
        <translation>有两列都对应“{field}”；请只选择其中一列。</translation>
    </message>
    <message>
        <source> To keep them, choose a field for them below (Notes keeps any text).</source>
        <translation>如需保留，请在下方为这些列选择字段（“备注”可保存任何文字）。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Rows marked Rejected will be left out.</source>
        <translation>目前尚未保存任何内容。标记为“已拒绝”的行将不会导入。</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>{new} new · 1 duplicate · {rejected} rejected</source>
        <translation>新增 {new} · 重复 1 · 拒绝 {rejected}</translation>
    </message>
    <message>
        <source>{new} new · {duplicates} duplicates · {rejected} rejected</source>
        <translation>新增 {new} · 重复 {duplicates} · 拒绝 {rejected}</translation>
    </message>
    <message>
        <source>The file is damaged, so nothing can be imported from it. Fix it or export it again.</source>
        <translation>文件已损坏，无法从中导入任何内容。请修复该文件或重新导出。</translation>
    </message>
    <message>
        <source>
… and {count} more.</source>
        <translation>
… 另有 {count} 条。</translation>
    </message>
    <message>
        <source>No row of this file can be imported.</source>
        <translation>该文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>These people are already here or appear earlier in the file. Choose what to do.</source>
        <translation>这些联系人已存在，或在文件中较早的位置已出现过。请选择处理方式。</translation>
    </message>
    <message>
        <source>For all of them:</source>
        <translation>全部应用：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows are saved in one step: Cancel or a failure saves none of them.</source>
        <translation>所有行会一次性保存：取消或失败时不会保存任何一行。</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it; then nothing is saved.</source>
        <translation>正在导入… 点击“取消”可停止，届时不会保存任何内容。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Outlook (CSV)</source>
        <translation>Outlook（CSV 格式）</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google 通讯录（CSV 格式）</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn 人脉（CSV 格式）</translation>
    </message>
    <message>
        <source>Thunderbird address book (CSV)</source>
        <translation>Thunderbird 通讯录（CSV 格式）</translation>
    </message>
    <message>
        <source>Other CSV with a header row</source>
        <translation>其他带标题行的 CSV 文件</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard 文件 (.vcf)</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>简体中文 (GB18030)</translation>
    </message>
    <message>
        <source>Western (Windows-1252)</source>
        <translation>西欧语言 (Windows-1252)</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>联系人文件 (*.csv *.vcf *.vcard *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV exported from Outlook, Google Contacts or LinkedIn (Connections.csv), another CSV with a header row, or a vCard file from Apple Contacts, Android or Outlook.</source>
        <translation>可以是从 Outlook、Google 通讯录或 LinkedIn（Connections.csv）导出的 CSV 文件、其他带标题行的 CSV 文件，或来自 Apple 通讯录、Android 或 Outlook 的 vCard 文件。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>未导入任何内容：{problem}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>{created} created, {merged} merged, {skipped} skipped, {rejected} rejected</source>
        <translation>新建 {created} 条，合并 {merged} 条，跳过 {skipped} 条，拒绝 {rejected} 条</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>已导入 {file}：{summary}。</translation>
    </message>
    <message>
        <source> Edit → Undo takes the whole import back.</source>
        <translation>使用“编辑 → 撤销”可撤回整个导入。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Create as a new partner</source>
        <translation>新建为合作伙伴</translation>
    </message>
    <message>
        <source>Import its contacts without an organisation</source>
        <translation>导入其联系人，不关联机构</translation>
    </message>
    <message>
        <source>Organisation in the file</source>
        <translation>文件中的机构</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>{partner} (for {name})</source>
        <translation>{partner}（代替 {name}）</translation>
    </message>
    <message>
        <source>None ({name} left out)</source>
        <translation>无（不导入 {name}）</translation>
    </message>
    <message>
        <source>Add to {partner}</source>
        <translation>加入 {partner}</translation>
    </message>
    <message>
        <source>1 organisation is not here yet. Create it as a new partner, add its contacts to a partner already here, or import them without an organisation.</source>
        <translation>有 1 个机构尚不存在。可将其新建为合作伙伴，将其联系人加入已有的合作伙伴，或导入联系人而不关联机构。</translation>
    </message>
    <message>
        <source>{count} organisations are not here yet. Create each as a new partner, add its contacts to a partner already here, or import them without an organisation.</source>
        <translation>有 {count} 个机构尚不存在。可将每个机构新建为合作伙伴，将其联系人加入已有的合作伙伴，或导入联系人而不关联机构。</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>编辑互动记录</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>The time above is the time in {zone}, as on your clock.</source>
        <translation>上面的时间为{zone}时间，与您的时钟一致。</translation>
    </message>
    <message>
        <source>The time above is the time in {zone}; on your clock it is {local}.</source>
        <translation>上面的时间为{zone}时间；按您的时钟是 {local}。</translation>
    </message>
</context>
<context>
    <name>InteractionList</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong: {problem}. The details are in the log.</source>
        <translation>出现问题：{problem}。详细信息已记录在日志中。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Biosparc Desktop cannot open its database</source>
        <translation>Biosparc Desktop 无法打开数据库</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup made on {date} at {time} was restored. The damaged file was kept as {path}.</source>
        <translation>已恢复创建于 {date} {time} 的备份。损坏的文件已保留为 {path}。</translation>
    </message>
    <message>
        <source>Database in a risky place</source>
        <translation>数据库存放位置有风险</translation>
    </message>
    <message>
        <source>Do not warn me again about this database</source>
        <translation>不再就此数据库发出警告</translation>
    </message>
    <message>
        <source>The automatic backup failed: {message}</source>
        <translation>自动备份失败：{message}</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份未能恢复</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Biosparc Desktop hit a problem it did not expect. Your saved data is safe: the action was not saved. The details are in the log:
{path}</source>
        <translation>Biosparc Desktop 遇到了意外问题。已保存的数据是安全的：本次操作未被保存。详细信息已记录在日志中：
{path}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>records</source>
        <translation>条记录</translation>
    </message>
    <message>
        <source>record</source>
        <translation>条记录</translation>
    </message>
    <message>
        <source>{count} {noun}</source>
        <translation>共 {count} {noun}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Biosparc Desktop</source>
        <translation>Biosparc Desktop</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a record to the current list (Ctrl+N)</source>
        <translation>在当前列表中添加一条记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>New &amp;partner…</source>
        <translation>新建合作伙伴(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>新建协议(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>新建跟进事项(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>新建活动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quick capture…</source>
        <translation>快速记录(&amp;Q)…</translation>
    </message>
    <message>
        <source>Log a meeting and its follow-up in one go (Ctrl+Shift+M)</source>
        <translation>一次记下会面及其跟进事项（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>&amp;Portfolio summary…</source>
        <translation>合作组合概览(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;archive…</source>
        <translation>导入归档(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复项(&amp;D)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>在列表中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Search partners, contacts, agreements and notes (Ctrl+K)</source>
        <translation>搜索合作伙伴、联系人、协议和备注（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Biosparc Desktop</source>
        <translation>关于 Biosparc Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>快速记录</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the selected record to the Trash (Delete)</source>
        <translation>将选中的记录移到回收站（删除键）</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>新建跟进事项(&amp;N)…</translation>
    </message>
    <message>
        <source>This row cannot be deleted here: open it first.</source>
        <translation>这一行不能在此删除：请先打开它。</translation>
    </message>
    <message>
        <source>Select a record to delete first.</source>
        <translation>请先选择要删除的记录。</translation>
    </message>
    <message>
        <source>{action}: moved to the Trash. Press Ctrl+Z to undo.</source>
        <translation>{action}：已移至回收站。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Your changes are recorded as {name}.</source>
        <translation>您的修改将以 {name} 的名义记录。</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>已撤销：{action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>已重做：{action}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Biosparc Desktop.</source>
        <translation>新的界面语言将在下次启动 Biosparc Desktop 时生效。</translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation>合作伙伴 {n} 家</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>合作伙伴 {n} 家</translation>
    </message>
    <message>
        <source>{n} contact</source>
        <translation>联系人 {n} 位</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>联系人 {n} 位</translation>
    </message>
    <message>
        <source>{n} agreement</source>
        <translation>协议 {n} 份</translation>
    </message>
    <message>
        <source>{n} agreements</source>
        <translation>协议 {n} 份</translation>
    </message>
    <message>
        <source>{n} open follow-up</source>
        <translation>未完成跟进 {n} 项</translation>
    </message>
    <message>
        <source>{n} open follow-ups</source>
        <translation>未完成跟进 {n} 项</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{counts} ({n} overdue)</source>
        <translation>{counts}（逾期 {n} 项）</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销：{action}(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>撤销：{action}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做：{action}(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: {action} (Ctrl+Shift+Z)</source>
        <translation>重做：{action}（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Finishing the undo…</source>
        <translation>正在完成撤销……</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>合并机构</translation>
    </message>
    <message>
        <source>Merge {kind}</source>
        <translation>合并{kind}</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>改为保留另一条(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{keep}&lt;/b&gt; is kept and takes the values you choose; &lt;b&gt;{other}&lt;/b&gt; goes to the Trash.</source>
        <translation>保留 &lt;b&gt;{keep}&lt;/b&gt; 并采用您选择的值；&lt;b&gt;{other}&lt;/b&gt; 将移至回收站。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Moves to the kept record: {moves}. </source>
        <translation>转移到保留记录的内容：{moves}。</translation>
    </message>
    <message>
        <source>Edit → Undo takes the merge back.</source>
        <translation>使用“编辑 → 撤销”可撤回合并。</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>编辑合作伙伴</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Chinese name</source>
        <translation>中文名称(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>简称(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>阶段(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>国家/地区(&amp;U)</translation>
    </message>
    <message>
        <source>SG, CN…</source>
        <translation>例如 SG、CN…</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>上级机构(&amp;P)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>简介(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>添加签约方</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>添加跟进(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>简报资料(&amp;B)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s job title</comment>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>还没有联系人。</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>an agreement&apos;s title</comment>
        <translation>协议名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>还没有协议。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No interactions logged yet.</source>
        <translation>还没有互动记录。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>没有未完成的跟进事项。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>没有活动。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Select a partner to see its contacts, agreements and history.</source>
        <translation>选择一个合作伙伴，查看其联系人、协议和往来历史。</translation>
    </message>
    <message>
        <source>{city}, {country}</source>
        <translation>{country} {city}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>家合作伙伴</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>家合作伙伴</translation>
    </message>
    <message>
        <source>No partners yet. Press Ctrl+N to add the first one.</source>
        <translation>还没有合作伙伴。按 Ctrl+N 添加第一个。</translation>
    </message>
    <message>
        <source>Search partners by English, Chinese or short name…</source>
        <translation>按英文名、中文名或简称搜索合作伙伴…</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>Ascension Island</source>
        <translation>阿森松岛</translation>
    </message>
    <message>
        <source>Tristan da Cunha</source>
        <translation>特里斯坦-达库尼亚</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>科索沃</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick capture</source>
        <translation>快速记录</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <source>Chinese &amp;name</source>
        <translation>中文姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>活动(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>跟进(&amp;U)</translation>
    </message>
    <message>
        <source>Create a follow-up</source>
        <translation>创建跟进事项</translation>
    </message>
    <message>
        <source>Follow-up t&amp;ask</source>
        <translation>跟进任务(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. Send our brochure</source>
        <translation>例如：寄送我们的宣传册</translation>
    </message>
    <message>
        <source>&amp;Due in (days)</source>
        <translation>几天内完成(&amp;D)</translation>
    </message>
    <message>
        <source>Met at an event (quick capture).</source>
        <translation>在活动中结识（快速记录）。</translation>
    </message>
    <message>
        <source>Choose a contact from the list, or clear the box to add a new one.</source>
        <translation>请从列表中选择联系人，或清空此框以新建联系人。</translation>
    </message>
    <message>
        <source>Write a line about what was discussed.</source>
        <translation>请简要写下讨论的内容。</translation>
    </message>
    <message>
        <source>Say what the follow-up is, or untick “Create a follow-up”.</source>
        <translation>请填写跟进内容，或取消勾选“创建跟进事项”。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>暂无内容。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the database with the backup you choose. The database as it is now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>恢复会用所选备份替换数据库中的全部内容。恢复前会先将当前数据库另存为一个备份，因此恢复本身也可以通过还原该备份来撤销。</translation>
    </message>
    <message>
        <source>No backups yet. Biosparc Desktop makes one every day it is used.</source>
        <translation>还没有备份。Biosparc Desktop 会在每个使用日自动创建一个备份。</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>选择其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Biosparc databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Biosparc 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the data now in Biosparc Desktop ({current}) with the backup {file} ({counts})?

The current data is kept as a backup first. Biosparc Desktop reopens the database afterwards.</source>
        <translation>要用备份 {file}（{counts}）替换 Biosparc Desktop 中的当前数据（{current}）吗？

当前数据会先保存为一个备份。恢复后 Biosparc Desktop 会重新打开数据库。</translation>
    </message>
    <message>
        <source>the current data</source>
        <translation>当前数据</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>添加跟进事项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>简报资料(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <source>Type a name in English or 中文, pinyin or initials (lm), an email, a word from a note…</source>
        <translation>输入英文或中文名称、拼音或首字母（lm）、电子邮件，或备注中的词语…</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 条结果</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>{n} 条结果</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”匹配的结果。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Phone numbers from here are shown without the country code, and numbers typed without one are read as from here.</source>
        <translation>本地区的电话号码显示时不带国家代码；输入时未带国家代码的号码按本地区读取。</translation>
    </message>
    <message>
        <source>Changes you make are recorded under this name in each record&apos;s history.</source>
        <translation>您所做的更改将以此姓名记入每条记录的历史。</translation>
    </message>
    <message>
        <source>This laptop joined the team server as {name}; your changes carry that name.</source>
        <translation>本机以 {name} 的身份加入了团队服务器；您的修改都记在这个名字下。</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Your &amp;region</source>
        <translation>您所在的地区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;I am</source>
        <translation>我是(&amp;I)</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The team server refused a change: {reason}</source>
        <translation>团队服务器拒绝了一项修改：{reason}</translation>
    </message>
    <message>
        <source>Changes from the team</source>
        <translation>来自团队的修改</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>未在同步</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 项修改待发送</translation>
    </message>
    <message>
        <source>{n} changes waiting</source>
        <translation>{n} 项修改待发送</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} 项被拒绝</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 个冲突</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} 个冲突</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>刚刚已同步</translation>
    </message>
    <message>
        <source>Synced 1 minute ago</source>
        <translation>1 分钟前已同步</translation>
    </message>
    <message>
        <source>Synced {n} minutes ago</source>
        <translation>{n} 分钟前已同步</translation>
    </message>
    <message>
        <source>Synced 1 hour ago</source>
        <translation>1 小时前已同步</translation>
    </message>
    <message>
        <source>Synced {n} hours ago</source>
        <translation>{n} 小时前已同步</translation>
    </message>
    <message>
        <source>Synced {n} days ago</source>
        <translation>{n} 天前已同步</translation>
    </message>
    <message>
        <source>Team server: {url}</source>
        <translation>团队服务器：{url}</translation>
    </message>
    <message>
        <source>Click to review the conflicts.</source>
        <translation>点击审阅冲突。</translation>
    </message>
    <message>
        <source>Click to sync now (Ctrl+Shift+S).</source>
        <translation>点击立即同步（Ctrl+Shift+S）。</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Review &amp;conflicts…</source>
        <translation>审阅冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Conflicts reviewed</source>
        <translation>冲突已审阅</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>{n} pairs of records look alike: this laptop&apos;s and the team&apos;s. Review them now? Nothing is merged unless you choose to.</source>
        <translation>有 {n} 对记录看起来相似：本机的和团队的。现在审阅吗？除非您选择合并，否则不会合并任何记录。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>编辑跟进事项</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进事项</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>内容(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>优先级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>执行人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关联对象</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>项跟进事项</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>项跟进事项</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>不限截止日期</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>No follow-ups due. Press Ctrl+N to add one.</source>
        <translation>没有到期的跟进事项。按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <source>Search follow-ups…</source>
        <translation>搜索跟进事项…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为完成(&amp;D)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;linked record</source>
        <translation>打开关联记录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>Share one set of partners, contacts and agreements with your team. This laptop keeps its full copy and works offline; it syncs whenever the server can be reached. Your administrator gives you the address and a one-time code.</source>
        <translation>与团队共享同一套合作伙伴、联系人和协议。本机保留完整副本，可离线工作；只要能连上服务器就会同步。服务器地址和一次性代码由管理员提供。</translation>
    </message>
    <message>
        <source>Optional: your company&apos;s CA file</source>
        <translation>可选：贵公司的 CA 证书文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性代码(&amp;C)：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Company CA certificate</source>
        <translation>公司 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and your one-time code.</source>
        <translation>请输入服务器地址和您的一次性代码。</translation>
    </message>
    <message>
        <source>Joining and loading the team&apos;s records…</source>
        <translation>正在加入并载入团队的记录…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>本设备：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>待发送的修改：</translation>
    </message>
    <message>
        <source>Conflicts to review:</source>
        <translation>待审阅的冲突：</translation>
    </message>
    <message>
        <source>No system keyring was found, so this laptop&apos;s device token is kept in a file only you can read, beside the database.</source>
        <translation>未找到系统密钥环，因此本机的设备令牌保存在数据库旁一个只有您能读取的文件中。</translation>
    </message>
    <message>
        <source>&amp;Leave the team server…</source>
        <translation>退出团队服务器(&amp;L)…</translation>
    </message>
    <message>
        <source>Leave the team server? This laptop keeps all its data but stops syncing.</source>
        <translation>退出团队服务器？本机保留全部数据，但不再同步。</translation>
    </message>
    <message>
        <source>{n} changes not yet sent will not reach the team.</source>
        <translation>{n} 项尚未发送的修改将不会送达团队。</translation>
    </message>
</context>
<context>
    <name>TimeZoneCity</name>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>London</source>
        <translation>伦敦</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>纽约</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>东京</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <source>Paris</source>
        <translation>巴黎</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>柏林</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>已逾期的跟进事项</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <source>Due this week: tick to complete</source>
        <translation>本周到期：勾选即完成</translation>
    </message>
    <message>
        <source>No follow-ups due this week. Press Ctrl+N to add one.</source>
        <translation>本周没有到期的跟进事项。按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <source>Agreements: renewal notices and expiries</source>
        <translation>协议：续约通知与到期</translation>
    </message>
    <message>
        <source>No agreement expires or needs renewal notice in the next 90 days.</source>
        <translation>未来 90 天内没有协议到期或需要发出续约通知。</translation>
    </message>
    <message>
        <source>Upcoming events and who is coming</source>
        <translation>即将举行的活动及参会人</translation>
    </message>
    <message>
        <source>No upcoming events.</source>
        <translation>没有即将举行的活动。</translation>
    </message>
    <message>
        <source>Partners going cold</source>
        <translation>渐趋冷淡的合作伙伴</translation>
    </message>
    <message>
        <source>Every active partner has been contacted in the last 90 days.</source>
        <translation>过去 90 天内已联系过所有活跃的合作伙伴。</translation>
    </message>
    <message>
        <source>Today · {date}</source>
        <translation>今日 · {date}</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
    <message>
        <source>Partners going cold: no interaction for {n} days</source>
        <translation>渐趋冷淡的合作伙伴：{n} 天未互动</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>逾期 {n} 项</translation>
    </message>
    <message>
        <source>{n} due this week</source>
        <translation>本周到期 {n} 项</translation>
    </message>
    <message>
        <source>{n} agreement to act on</source>
        <translation>待处理协议 {n} 份</translation>
    </message>
    <message>
        <source>{n} agreements to act on</source>
        <translation>待处理协议 {n} 份</translation>
    </message>
    <message>
        <source>{n} upcoming event</source>
        <translation>即将举行的活动 {n} 场</translation>
    </message>
    <message>
        <source>{n} upcoming events</source>
        <translation>即将举行的活动 {n} 场</translation>
    </message>
    <message>
        <source>{n} partner going cold</source>
        <translation>渐趋冷淡的合作伙伴 {n} 家</translation>
    </message>
    <message>
        <source>{n} partners going cold</source>
        <translation>渐趋冷淡的合作伙伴 {n} 家</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>今天没有需要处理的事项。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{date} · {late}</source>
        <translation>{date} · {late}</translation>
    </message>
    <message>
        <source>{n} day overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>renewal notice {when}</source>
        <translation>续约通知 {when}</translation>
    </message>
    <message>
        <source>expires {when}</source>
        <translation>到期 {when}</translation>
    </message>
    <message>
        <source>{title} — renewal notice was due {date}</source>
        <translation>{title} — 续约通知原应于 {date} 发出</translation>
    </message>
    <message>
        <source>and {n} more attendee</source>
        <translation>另有 {n} 位参会人</translation>
    </message>
    <message>
        <source>and {n} more attendees</source>
        <translation>另有 {n} 位参会人</translation>
    </message>
    <message>
        <source>No attendees yet</source>
        <translation>尚无参会人</translation>
    </message>
    <message>
        <source>last contact {date} · {ago}</source>
        <translation>上次联系 {date} · {ago}</translation>
    </message>
    <message>
        <source>{name} ({stage})</source>
        <translation>{name}（{stage}）</translation>
    </message>
    <message>
        <source>{date} · {days}</source>
        <translation>{date} · {days}</translation>
    </message>
    <message>
        <source>{n} more in Follow-ups…</source>
        <translation>跟进事项中另有 {n} 项…</translation>
    </message>
    <message>
        <source>{n} more in Agreements…</source>
        <translation>协议中另有 {n} 份…</translation>
    </message>
    <message>
        <source>{n} more in Events…</source>
        <translation>活动中另有 {n} 场…</translation>
    </message>
    <message>
        <source>{n} more in Partners…</source>
        <translation>合作伙伴中另有 {n} 家…</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
</context>
<context>
    <name>TrashLinks</name>
    <message>
        <source>{name} (in Trash)</source>
        <translation>{name}（在回收站中）</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>关联内容</translation>
    </message>
    <message>
        <source>Removed for good on</source>
        <translation>永久删除日期</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Deleted records stay here for {days} days, with what they were linked to. Restore puts a record back where it was.</source>
        <translation>已删除的记录连同其关联内容会在这里保留 {days} 天。“恢复”会将记录放回原处。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected record back where it was</source>
        <translation>将所选记录放回原处</translation>
    </message>
    <message>
        <source>Em&amp;pty Trash…</source>
        <translation>清空回收站(&amp;P)…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The Trash is empty. Deleted records wait here for {days} days.</source>
        <translation>回收站是空的。已删除的记录会在这里保留 {days} 天。</translation>
    </message>
    <message>
        <source>This record is in the Trash. Restore it to open it.</source>
        <translation>此记录在回收站中。恢复后即可打开。</translation>
    </message>
    <message>
        <source>Select a record to restore first.</source>
        <translation>请先选择要恢复的记录。</translation>
    </message>
    <message>
        <source>Restored {kind} “{title}”. Press Ctrl+Z to undo.</source>
        <translation>已恢复{kind}“{title}”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>The Trash is already empty.</source>
        <translation>回收站已经是空的。</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Remove the {count} records in the Trash for good? Until you close Biosparc Desktop, Edit &gt; Undo can still bring them back.</source>
        <translation>要永久删除回收站中的 {count} 条记录吗？在关闭 Biosparc Desktop 之前，仍可通过“编辑 &gt; 撤销”找回。</translation>
    </message>
    <message>
        <source>Remove the 1 record in the Trash for good? Until you close Biosparc Desktop, Edit &gt; Undo can still bring it back.</source>
        <translation>要永久删除回收站中的 1 条记录吗？在关闭 Biosparc Desktop 之前，仍可通过“编辑 &gt; 撤销”找回。</translation>
    </message>
    <message>
        <source>Emptied the Trash: {count} records removed.</source>
        <translation>已清空回收站：删除了 {count} 条记录。</translation>
    </message>
    <message>
        <source>Emptied the Trash: 1 record removed.</source>
        <translation>已清空回收站：删除了 1 条记录。</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
</context>
<context>
    <name>UndoProgress</name>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redoing “{action}”…</source>
        <translation>正在重做“{action}”…</translation>
    </message>
    <message>
        <source>Undoing “{action}”…</source>
        <translation>正在撤销“{action}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>正在取消……不会做任何更改。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Add partner {name}</source>
        <translation>添加合作伙伴 {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>编辑合作伙伴 {name}</translation>
    </message>
    <message>
        <source>Move partner to {stage}</source>
        <translation>将合作伙伴阶段改为“{stage}”</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>删除合作伙伴 {name}</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>删除合作伙伴</translation>
    </message>
    <message>
        <source>Add contact {name}</source>
        <translation>添加联系人 {name}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Edit contact {name}</source>
        <translation>编辑联系人 {name}</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Delete contact {name}</source>
        <translation>删除联系人 {name}</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Add agreement {name}</source>
        <translation>添加协议 {name}</translation>
    </message>
    <message>
        <source>Edit agreement {name}</source>
        <translation>编辑协议 {name}</translation>
    </message>
    <message>
        <source>Move agreement to {status}</source>
        <translation>将协议状态改为“{status}”</translation>
    </message>
    <message>
        <source>Delete agreement {name}</source>
        <translation>删除协议 {name}</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>删除协议</translation>
    </message>
    <message>
        <source>Add obligation</source>
        <translation>添加义务</translation>
    </message>
    <message>
        <source>Tick obligation done</source>
        <translation>标记义务已完成</translation>
    </message>
    <message>
        <source>Untick obligation</source>
        <translation>取消义务完成标记</translation>
    </message>
    <message>
        <source>Add cooperation item</source>
        <translation>添加合作事项</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>附加 {name}</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Add event {name}</source>
        <translation>添加活动 {name}</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>添加参会人</translation>
    </message>
    <message>
        <source>Edit event {name}</source>
        <translation>编辑活动 {name}</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Log {kind}</source>
        <translation>记录{kind}</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>编辑互动记录</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>删除互动记录</translation>
    </message>
    <message>
        <source>Add follow-up {name}</source>
        <translation>添加跟进事项 {name}</translation>
    </message>
    <message>
        <source>Edit follow-up {name}</source>
        <translation>编辑跟进事项 {name}</translation>
    </message>
    <message>
        <source>Complete follow-up</source>
        <translation>完成跟进事项</translation>
    </message>
    <message>
        <source>Complete {name}</source>
        <translation>完成跟进事项 {name}</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>重新打开跟进事项</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>取消跟进事项</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>删除跟进事项</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>快速记录</translation>
    </message>
    <message>
        <source>Restore from the Trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Restore partner {name}</source>
        <translation>恢复合作伙伴 {name}</translation>
    </message>
    <message>
        <source>Restore contact {name}</source>
        <translation>恢复联系人 {name}</translation>
    </message>
    <message>
        <source>Restore agreement {name}</source>
        <translation>恢复协议 {name}</translation>
    </message>
    <message>
        <source>Restore interaction {name}</source>
        <translation>恢复互动记录 {name}</translation>
    </message>
    <message>
        <source>Restore event {name}</source>
        <translation>恢复活动 {name}</translation>
    </message>
    <message>
        <source>Restore follow-up {name}</source>
        <translation>恢复跟进事项 {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Add staff member {name}</source>
        <translation>添加团队成员 {name}</translation>
    </message>
    <message>
        <source>Resolve a sync conflict</source>
        <translation>解决同步冲突</translation>
    </message>
    <message>
        <source>Import contacts from {name}</source>
        <translation>从 {name} 导入联系人</translation>
    </message>
    <message>
        <source>Merge {name} into {other}</source>
        <translation>将 {name} 合并到 {other}</translation>
    </message>
    <message>
        <source>Undo {name}</source>
        <translation>撤销 {name}</translation>
    </message>
    <message>
        <source>Restore the value of {field}</source>
        <translation>恢复“{field}”的值</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>研究机构</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Biotech / company</source>
        <translation>生物科技 / 企业</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投资机构</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Park operator</source>
        <translation>园区运营方</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在伙伴</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>已接洽</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>Strategic cooperation</source>
        <translation>战略合作</translation>
    </message>
    <message>
        <source>Research collaboration</source>
        <translation>科研合作</translation>
    </message>
    <message>
        <source>Clinical trial</source>
        <translation>临床试验</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>许可授权</translation>
    </message>
    <message>
        <source>NDA / CDA</source>
        <translation>保密协议</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签署</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Biosparc</source>
        <translation>中新生命科学园</translation>
    </message>
    <message>
        <source>Co-signing party</source>
        <translation>共同签署方</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证方</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>科研</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>临床</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>成果转化</translation>
    </message>
    <message>
        <source>Industrialisation</source>
        <translation>产业化</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>人才</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>签约仪式</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The email address is empty.</source>
        <translation>电子邮件地址为空。</translation>
    </message>
    <message>
        <source>The extension of “{value}” is too long.</source>
        <translation>“{value}”的分机号太长。</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: {characters}.</source>
        <translation>@ 符号之后的部分含有无效字符：{characters}。</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>@ 符号之后的部分无效：不属于有效的顶级域名。</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>@ 符号之后的部分无效：其中应包含句点。</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>@ 符号之后必须有内容。</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>@ 符号之前必须有内容。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address: {reason}</source>
        <translation>“{value}”不是有效的电子邮件地址：{reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number; include the country code, e.g. +65 6123 4567.</source>
        <translation>“{value}”不是有效的电话号码；请加上国家/地区代码，例如 +65 6123 4567。</translation>
    </message>
    <message>
        <source>The expiry date must be after the effective date.</source>
        <translation>到期日期必须晚于生效日期。</translation>
    </message>
    <message>
        <source>The expiry date must be after the signing date.</source>
        <translation>到期日期必须晚于签署日期。</translation>
    </message>
    <message>
        <source>{label} must be between {earliest} and {latest}.</source>
        <translation>{label}必须在 {earliest} 年到 {latest} 年之间。</translation>
    </message>
    <message>
        <source>{label} “{value}” is not a date; write it as YYYY-MM-DD, e.g. 2025-11-20.</source>
        <translation>{label}“{value}”不是日期；请按 YYYY-MM-DD 格式填写，例如 2025-11-20。</translation>
    </message>
    <message>
        <source>An amount needs a currency, such as CNY or SGD.</source>
        <translation>金额需要注明币种，例如 CNY 或 SGD。</translation>
    </message>
    <message>
        <source>The amount must be a number.</source>
        <translation>金额必须是数字。</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>The value must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>{code} amounts have at most {places} decimal places.</source>
        <translation>{code} 金额最多保留 {places} 位小数。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}”不是有效金额。</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>A tag must not contain a comma.</source>
        <translation>标签中不能包含逗号。</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>{label} contains a broken character; please type it again.</source>
        <translation>{label}中有一个损坏的字符，请重新输入。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <source>{label} is too long: {length} characters, at most {max_len}.</source>
        <translation>{label}过长：共 {length} 个字符，最多 {max_len} 个。</translation>
    </message>
    <message>
        <source>{label} must not contain control characters.</source>
        <translation>{label}中不能包含控制字符。</translation>
    </message>
    <message>
        <source>{label} must not contain line breaks or control characters.</source>
        <translation>{label}中不能包含换行符或控制字符。</translation>
    </message>
    <message>
        <source>“{value}” is not a web address; write it like www.example.com.</source>
        <translation>“{value}”不是网址；请按 www.example.com 的格式填写。</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>A different file named {name} is already in the data folder; nothing was imported.</source>
        <translation>数据文件夹中已有另一个名为 {name} 的文件；未导入任何内容。</translation>
    </message>
    <message>
        <source>Could not copy the documents into {folder}: {reason}.</source>
        <translation>无法将文件复制到 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The manifest of {name} does not list its tables.</source>
        <translation>{name} 的清单中没有列出其数据表。</translation>
    </message>
    <message>
        <source>The manifest of {name} has no valid format version.</source>
        <translation>{name} 的清单中没有有效的格式版本。</translation>
    </message>
    <message>
        <source>{member} in {name} is not valid JSON (line {line}); the archive is damaged.</source>
        <translation>{name} 中的 {member} 不是有效的 JSON（第 {line} 行）；该归档已损坏。</translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text; the archive is damaged.</source>
        <translation>{member} 不是 UTF-8 文本；该归档已损坏。</translation>
    </message>
    <message>
        <source>{name} cannot be imported, so nothing was changed: {problems} (and {count} more).</source>
        <translation>{name} 无法导入，未作任何更改：{problems}（另有 {count} 个问题）。</translation>
    </message>
    <message>
        <source>{name} cannot be imported, so nothing was changed: {problems}.</source>
        <translation>{name} 无法导入，未作任何更改：{problems}。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} does not exist or is not a file.</source>
        <translation>{name} 不存在或不是文件。</translation>
    </message>
    <message>
        <source>{name} holds files with unsafe paths ({path}); it was refused.</source>
        <translation>{name} 中含有路径不安全的文件（{path}），已拒绝导入。</translation>
    </message>
    <message>
        <source>{name} holds more data than this program can import at once.</source>
        <translation>{name} 中的数据超出了本程序一次可导入的上限。</translation>
    </message>
    <message>
        <source>{name} holds tables this version does not know ({tables}): it was made by a newer version of Biosparc Desktop.</source>
        <translation>{name} 中含有此版本无法识别的数据表（{tables}）：它由更新版本的 Biosparc Desktop 生成。</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a Biosparc Desktop archive: it has no {manifest}.</source>
        <translation>{name} 是 zip 文件，但不是 Biosparc Desktop 归档：其中没有 {manifest}。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}).</source>
        <translation>{name} 已损坏，无法读取（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is not a Biosparc Desktop archive (its manifest says “{said}”).</source>
        <translation>{name} 不是 Biosparc Desktop 归档（其清单标明为“{said}”）。</translation>
    </message>
    <message>
        <source>{name} is not a Biosparc Desktop archive.</source>
        <translation>{name} 不是 Biosparc Desktop 归档。</translation>
    </message>
    <message>
        <source>{name} is not a zip file, so it is not a Biosparc Desktop archive.</source>
        <translation>{name} 不是 zip 文件，因此不是 Biosparc Desktop 归档。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Biosparc Desktop (archive format {version}); update this program to import it.</source>
        <translation>{name} 由更新版本的 Biosparc Desktop 生成（归档格式 {version}）；请先升级本程序再导入。</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}. Nothing was exported.</source>
        <translation>无法写入 {name}：{reason}。未导出任何内容。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>文件夹 {folder} 不存在，请选择其他位置。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} 是文件夹；请指定要导出到的文件名。</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address; check it after the import.</source>
        <translation>“{value}”看起来不像电子邮件地址；请在导入后核对。</translation>
    </message>
    <message>
        <source>“{value}” is an internal Exchange address, not an email address; it is left out.</source>
        <translation>“{value}”是 Exchange 内部地址，不是电子邮件地址；已略去。</translation>
    </message>
    <message>
        <source>The column “{column}” chosen for {name} is not in the file.</source>
        <translation>为 {name} 选择的列“{column}”不在该文件中。</translation>
    </message>
    <message>
        <source>The file has no column for a name, email or phone, so no contacts can be read. Columns found: none.</source>
        <translation>该文件没有姓名、电子邮件或电话列，无法读取联系人。找到的列：无。</translation>
    </message>
    <message>
        <source>The file has no column for a name, email or phone, so no contacts can be read. Columns found: {columns}{more}.</source>
        <translation>该文件没有姓名、电子邮件或电话列，无法读取联系人。找到的列：{columns}{more}。</translation>
    </message>
    <message>
        <source>“{key}” is not a contact field that columns can be matched to.</source>
        <translation>“{key}”不是可与列对应的联系人字段。</translation>
    </message>
    <message>
        <source>The column {columns} has data but is not imported.</source>
        <translation>列 {columns} 有数据，但不会导入。</translation>
    </message>
    <message>
        <source>The file has column headings but no rows of contacts.</source>
        <translation>该文件只有列标题，没有联系人数据行。</translation>
    </message>
    <message>
        <source>a quotation mark opened in this row is never closed, so the rest of the file was read as one field; the row is skipped.</source>
        <translation>此行中的引号没有闭合，导致文件其余部分被读成一个字段；已跳过此行。</translation>
    </message>
    <message>
        <source>no name, email or phone; the row is skipped.</source>
        <translation>没有姓名、电子邮件或电话；已跳过此行。</translation>
    </message>
    <message>
        <source>the file cannot be read from here ({reason}); the remaining rows are skipped.</source>
        <translation>文件从此处起无法读取（{reason}）；已跳过其余各行。</translation>
    </message>
    <message>
        <source>{count} columns have data but are not imported: {columns}{more}.</source>
        <translation>有 {count} 列有数据，但不会导入：{columns}{more}。</translation>
    </message>
    <message>
        <source>{found} fields where the header has {width}; the extra ones are ignored.</source>
        <translation>有 {found} 个字段，而标题行只有 {width} 个；多出的字段已忽略。</translation>
    </message>
    <message>
        <source>{found} fields where the header has {width}; the missing ones are left empty.</source>
        <translation>只有 {found} 个字段，而标题行有 {width} 个；缺少的字段留空。</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}: byte {byte} does not fit. Try another encoding.</source>
        <translation>无法按 {encoding} 读取该文件：第 {byte} 个字节不符合该编码。请尝试其他编码。</translation>
    </message>
    <message>
        <source>The file does not contain text; it may be damaged or not a contact list.</source>
        <translation>该文件不含文本内容，可能已损坏或并非联系人列表。</translation>
    </message>
    <message>
        <source>The file is a GIF image, not a contact list.</source>
        <translation>该文件是 GIF 图片，不是联系人列表。</translation>
    </message>
    <message>
        <source>The file is a JPEG image, not a contact list.</source>
        <translation>该文件是 JPEG 图片，不是联系人列表。</translation>
    </message>
    <message>
        <source>The file is a PDF document, not a contact list.</source>
        <translation>该文件是 PDF 文档，不是联系人列表。</translation>
    </message>
    <message>
        <source>The file is a PNG image, not a contact list.</source>
        <translation>该文件是 PNG 图片，不是联系人列表。</translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data), so no contacts can be read from it.</source>
        <translation>该文件不是文本文件（含有二进制数据），无法从中读取联系人。</translation>
    </message>
    <message>
        <source>The file looks like {encoding} text but is damaged near byte {byte}; it cannot be read.</source>
        <translation>该文件看起来是 {encoding} 文本，但在第 {byte} 个字节附近已损坏，无法读取。</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding this program knows.</source>
        <translation>本程序无法识别文本编码“{encoding}”。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <source>The file looks like a web page, XML or JSON document, not a contact list. Export your contacts as CSV or vCard (.vcf) and import that file.</source>
        <translation>该文件看起来是网页、XML 或 JSON 文档，而不是联系人列表。请将联系人导出为 CSV 或 vCard (.vcf) 文件后再导入。</translation>
    </message>
    <message>
        <source>The file is {size}; files over {limit} cannot be imported. Split it into smaller files.</source>
        <translation>该文件大小为 {size}；超过 {limit} 的文件无法导入。请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be read: {reason}.</source>
        <translation>无法读取文件“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>The file “{name}” does not exist.</source>
        <translation>文件“{name}”不存在。</translation>
    </message>
    <message>
        <source>a Numbers spreadsheet</source>
        <translation>Numbers 电子表格</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation>OpenDocument 电子表格</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>the file ends part-way through a character; it may be cut short.</source>
        <translation>文件在一个字符的中间结束；可能不完整。</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a file.</source>
        <translation>“{name}”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a contact list: open it and save it as CSV (UTF-8) first, then import the CSV file.</source>
        <translation>“{name}”是{kind}，不是联系人列表：请先打开它并另存为 CSV (UTF-8)，再导入该 CSV 文件。</translation>
    </message>
    <message>
        <source>Card at line {line}</source>
        <translation>第 {line} 行的名片</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Row {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD before it; the line is ignored.</source>
        <translation>END:VCARD 之前没有 BEGIN:VCARD；已忽略此行。</translation>
    </message>
    <message>
        <source>The file contains no contact cards: there is no BEGIN:VCARD line in it.</source>
        <translation>该文件不含联系人名片：其中没有 BEGIN:VCARD 行。</translation>
    </message>
    <message>
        <source>no name, email or phone; the card is skipped.</source>
        <translation>没有姓名、电子邮件或电话；已跳过此名片。</translation>
    </message>
    <message>
        <source>text outside a BEGIN:VCARD … END:VCARD card is ignored.</source>
        <translation>BEGIN:VCARD … END:VCARD 名片之外的文字已忽略。</translation>
    </message>
    <message>
        <source>this card has no END:VCARD (the file may be cut short); the card is skipped.</source>
        <translation>此名片没有 END:VCARD（文件可能不完整）；已跳过此名片。</translation>
    </message>
    <message>
        <source>this card has no END:VCARD before the next card starts at line {next}; the card is skipped.</source>
        <translation>此名片在下一张名片（第 {next} 行）开始之前没有 END:VCARD；已跳过此名片。</translation>
    </message>
    <message>
        <source>this is a company card (“{name}”), not a person, so it is not imported as a contact; add the company as a partner organisation instead.</source>
        <translation>这是公司名片（“{name}”），不是个人，因此不作为联系人导入；请将该公司添加为合作机构。</translation>
    </message>
    <message>
        <source>“{value}” is not a vCard property (it has no colon); the line is ignored.</source>
        <translation>“{value}”不是 vCard 属性（没有冒号）；已忽略此行。</translation>
    </message>
    <message>
        <source>Laying out page {page}</source>
        <translation>正在排版第 {page} 页</translation>
    </message>
    <message>
        <source>Saving {pages} pages</source>
        <translation>正在保存 {pages} 页</translation>
    </message>
    <message>
        <source>Reading agreements</source>
        <translation>正在读取协议</translation>
    </message>
    <message>
        <source>Reading attendees</source>
        <translation>正在读取参会人</translation>
    </message>
    <message>
        <source>Reading contacts</source>
        <translation>正在读取联系人</translation>
    </message>
    <message>
        <source>Reading expiring agreements</source>
        <translation>正在读取即将到期的协议</translation>
    </message>
    <message>
        <source>Reading follow-ups</source>
        <translation>正在读取跟进事项</translation>
    </message>
    <message>
        <source>Reading interactions</source>
        <translation>正在读取互动记录</translation>
    </message>
    <message>
        <source>Reading obligations</source>
        <translation>正在读取协议义务</translation>
    </message>
    <message>
        <source>Reading overdue follow-ups</source>
        <translation>正在读取逾期的跟进事项</translation>
    </message>
    <message>
        <source>Reading partner profiles</source>
        <translation>正在读取合作伙伴概况</translation>
    </message>
    <message>
        <source>Reading partners</source>
        <translation>正在读取合作伙伴</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>正在读取活动</translation>
    </message>
    <message>
        <source>Reading the partner</source>
        <translation>正在读取合作伙伴</translation>
    </message>
    <message>
        <source>Cannot write {name}: permission denied (is it open in another program?).</source>
        <translation>无法写入 {name}：没有权限（是否已在其他程序中打开？）。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Part of the pack is too large to fit on a page (a very long text without breaks?); nothing was written.</source>
        <translation>简报资料中有部分内容过大，一页放不下（可能是一段没有换行的超长文字？）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Choose at least one section for the pack.</source>
        <translation>请为简报资料至少选择一个章节。</translation>
    </message>
    <message>
        <source>The number of recent interactions must be between 0 and 500.</source>
        <translation>近期互动记录的条数必须在 0 到 500 之间。</translation>
    </message>
    <message>
        <source>The {pack} pack has no section {unknown}; choose from {sections}.</source>
        <translation>{pack} 简报资料中没有 {unknown} 章节；请从 {sections} 中选择。</translation>
    </message>
    <message>
        <source>“{value}” is not a pack language; use en, zh or both.</source>
        <translation>“{value}”不是简报资料的语言；请使用 en、zh 或 both。</translation>
    </message>
    <message>
        <source>“{value}” is not a paper size; use a4 or letter.</source>
        <translation>“{value}”不是纸张尺寸；请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>A change in the batch is not one the server understands.</source>
        <translation>这批修改中有一项服务器无法识别。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is missing: install Biosparc Desktop with its server extra (pip install &apos;biosparc-desktop[server]&apos;).</source>
        <translation>缺少 PostgreSQL 驱动：请安装带服务器组件的 Biosparc Desktop（pip install &apos;biosparc-desktop[server]&apos;）。</translation>
    </message>
    <message>
        <source>The server database is not initialised at this version&apos;s schema; run “biosparc-server --db URL init” first.</source>
        <translation>服务器数据库尚未按此版本的结构初始化；请先运行“biosparc-server --db URL init”。</translation>
    </message>
    <message>
        <source>The team server keeps its data in PostgreSQL: give --db a URL such as postgresql://biosparc@localhost/biosparc.</source>
        <translation>团队服务器的数据保存在 PostgreSQL 中：请为 --db 提供类似 postgresql://biosparc@localhost/biosparc 的 URL。</translation>
    </message>
    <message>
        <source>“{url}” is not a database URL.</source>
        <translation>“{url}”不是数据库 URL。</translation>
    </message>
    <message>
        <source>No device has the id {id}.</source>
        <translation>没有编号为 {id} 的设备。</translation>
    </message>
    <message>
        <source>The person&apos;s name is empty.</source>
        <translation>人员姓名为空。</translation>
    </message>
    <message>
        <source>The person&apos;s name is longer than 200 characters.</source>
        <translation>人员姓名超过 200 个字符。</translation>
    </message>
    <message>
        <source>A batch came without a valid batch id.</source>
        <translation>收到的一批修改没有有效的批次编号。</translation>
    </message>
    <message>
        <source>A batch came without its list of changes.</source>
        <translation>收到的一批修改缺少修改列表。</translation>
    </message>
    <message>
        <source>A batch came without its sequence numbers.</source>
        <translation>收到的一批修改缺少序号。</translation>
    </message>
    <message>
        <source>A batch must be a JSON object.</source>
        <translation>一批修改必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>A new {entity} record came without its fields.</source>
        <translation>收到的新 {entity} 记录缺少字段。</translation>
    </message>
    <message>
        <source>The {entity} field “{name}” {what}.</source>
        <translation>{entity} 的字段“{name}”{what}。</translation>
    </message>
    <message>
        <source>A signed agreement needs its signing date.</source>
        <translation>已签署的协议需要填写签署日期。</translation>
    </message>
    <message>
        <source>An agreement needs at least two parties.</source>
        <translation>协议至少需要两个签约方。</translation>
    </message>
    <message>
        <source>Could not copy {name}: {reason}.</source>
        <translation>无法复制 {name}：{reason}。</translation>
    </message>
    <message>
        <source>The copy of {name} is missing from the data folder.</source>
        <translation>数据文件夹中缺少 {name} 的副本。</translation>
    </message>
    <message>
        <source>The document was not found.</source>
        <translation>找不到该文件。</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>The effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>The key terms</source>
        <translation>主要条款</translation>
    </message>
    <message>
        <source>The obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>The obligation was not found.</source>
        <translation>找不到该义务。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The renewal notice must be between 0 and 3650 days.</source>
        <translation>续约通知期必须在 0 到 3650 天之间。</translation>
    </message>
    <message>
        <source>The signing date</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} 超过 {limit} MB。</translation>
    </message>
    <message>
        <source>{path} is not a file that can be attached.</source>
        <translation>{path} 不是可以附加的文件。</translation>
    </message>
    <message>
        <source>The archive cannot be imported, so nothing was changed: {problems} (and {count} more).</source>
        <translation>该归档无法导入，未作任何更改：{problems}（另有 {count} 个问题）。</translation>
    </message>
    <message>
        <source>The archive cannot be imported, so nothing was changed: {problems}.</source>
        <translation>该归档无法导入，未作任何更改：{problems}。</translation>
    </message>
    <message>
        <source>The staff member&apos;s name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <source>The {what} was not found; it may have been deleted.</source>
        <translation>找不到该{what}，可能已被删除。</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>parent organisation</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>party organisation</source>
        <translation>签约机构</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>A contact needs a given name, a family name or a Chinese name.</source>
        <translation>联系人至少需要填写名、姓或中文姓名之一。</translation>
    </message>
    <message>
        <source>The Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Another program has been saving to the database for more than {seconds} seconds (an import or a restore?), so nothing was saved. Try again when it has finished.</source>
        <translation>另一个程序向数据库保存数据已超过 {seconds} 秒（正在导入或恢复？），因此没有保存任何内容。请在它完成后重试。</translation>
    </message>
    <message>
        <source>The change clashes with a record that already exists; nothing was saved.</source>
        <translation>此更改与已有记录冲突；未保存任何内容。</translation>
    </message>
    <message>
        <source>The database is read-only (its file, its folder or its drive cannot be written), so nothing was saved. Copy it to a folder you can write to.</source>
        <translation>数据库是只读的（其文件、文件夹或所在驱动器无法写入），因此没有保存任何内容。请把它复制到您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>same name at the same organisation</source>
        <translation>同一机构中姓名相同</translation>
    </message>
    <message>
        <source>same name, and neither has an organisation</source>
        <translation>姓名相同，且都没有所属机构</translation>
    </message>
    <message>
        <source>a short name matches the other&apos;s name</source>
        <translation>一方的简称与另一方的名称相同</translation>
    </message>
    <message>
        <source>same Chinese name</source>
        <translation>中文名称相同</translation>
    </message>
    <message>
        <source>same email {value}</source>
        <translation>电子邮件相同（{value}）</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>电话号码相同（{value}）</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>网站相同</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>No event is called “{name}”.</source>
        <translation>没有名为“{name}”的活动。</translation>
    </message>
    <message>
        <source>No event is called “{name}”. Did you mean: {suggestions}?</source>
        <translation>没有名为“{name}”的活动。您是不是要找：{suggestions}？</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>The event needs a date.</source>
        <translation>活动需要填写日期。</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>“{value}” is not a time; write it as HH:MM, e.g. 09:30.</source>
        <translation>“{value}”不是时间；请按 HH:MM 格式填写，例如 09:30。</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>The partner chosen for “{name}” is no longer here. Choose another one.</source>
        <translation>为“{name}”选择的合作伙伴已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>{reason}, but a different name</source>
        <translation>{reason}，但姓名不同</translation>
    </message>
    <message>
        <source>The organisation name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>a contact needs a name, but the row has no name.</source>
        <translation>联系人需要姓名，但此行没有姓名。</translation>
    </message>
    <message>
        <source>a contact needs a name, but the row has only an email or phone.</source>
        <translation>联系人需要姓名，但此行只有电子邮件或电话。</translation>
    </message>
    <message>
        <source>{problem} It is left out.</source>
        <translation>{problem}已略去该值。</translation>
    </message>
    <message>
        <source>“{value}” is not a region code; use two letters such as SG, CN or FR.</source>
        <translation>“{value}”不是地区代码；请使用 SG、CN 或 FR 这样的两个字母。</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>正在合并重复项</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saving contacts</source>
        <translation>正在保存联系人</translation>
    </message>
    <message>
        <source>Saving emails and phones</source>
        <translation>正在保存电子邮件和电话</translation>
    </message>
    <message>
        <source>Saving organisations and tags</source>
        <translation>正在保存机构和标签</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜索索引</translation>
    </message>
    <message>
        <source>although it has the {reason}</source>
        <translation>尽管{reason}</translation>
    </message>
    <message>
        <source>duplicate of {name}: {reason}</source>
        <translation>与 {name} 重复：{reason}</translation>
    </message>
    <message>
        <source>merged into {name}: {reason}</source>
        <translation>已合并到 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} (row {line})</source>
        <translation>{name}（第 {line} 行）</translation>
    </message>
    <message>
        <source>{where}: created</source>
        <translation>{where}：已新建</translation>
    </message>
    <message>
        <source>{where}: created {detail}</source>
        <translation>{where}：已新建，{detail}</translation>
    </message>
    <message>
        <source>{where}: skipped</source>
        <translation>{where}：已跳过</translation>
    </message>
    <message>
        <source>{where}: skipped, {detail}</source>
        <translation>{where}：已跳过，{detail}</translation>
    </message>
    <message>
        <source>1 new organisation was added.</source>
        <translation>新增了 1 个机构。</translation>
    </message>
    <message>
        <source>1 new organisation would be added.</source>
        <translation>将新增 1 个机构。</translation>
    </message>
    <message>
        <source>The file is damaged, so nothing was imported. Fix it or export it again. {problems}</source>
        <translation>该文件已损坏，未导入任何内容。请修复该文件或重新导出。{problems}</translation>
    </message>
    <message>
        <source>The file is damaged, so nothing was imported. Fix it or export it again. {problems} (and 1 more problem)</source>
        <translation>该文件已损坏，未导入任何内容。请修复该文件或重新导出。{problems}（另有 1 个问题）</translation>
    </message>
    <message>
        <source>The file is damaged, so nothing was imported. Fix it or export it again. {problems} (and {count} more problems)</source>
        <translation>该文件已损坏，未导入任何内容。请修复该文件或重新导出。{problems}（另有 {count} 个问题）</translation>
    </message>
    <message>
        <source>{count} new organisations were added.</source>
        <translation>新增了 {count} 个机构。</translation>
    </message>
    <message>
        <source>{count} new organisations would be added.</source>
        <translation>将新增 {count} 个机构。</translation>
    </message>
    <message>
        <source>{where}: could not be merged: {problem}</source>
        <translation>{where}：无法合并：{problem}</translation>
    </message>
    <message>
        <source>Choose at least one organisation or contact.</source>
        <translation>请至少选择一个机构或一位联系人。</translation>
    </message>
    <message>
        <source>The date must be between 1950 and 2150.</source>
        <translation>日期必须在 1950 年到 2150 年之间。</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Write a short summary of what happened.</source>
        <translation>请简要写下经过。</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone, such as Asia/Shanghai.</source>
        <translation>“{value}”不是时区（时区应形如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>This value cannot be set back on its own; use Undo instead.</source>
        <translation>此值无法单独恢复；请改用“撤销”。</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 份协议</translation>
    </message>
    <message>
        <source>1 agreement signature</source>
        <translation>1 个协议签字</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 位联系人</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 个活动</translation>
    </message>
    <message>
        <source>1 event attendance</source>
        <translation>1 次活动出席</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 项跟进事项</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 条互动记录</translation>
    </message>
    <message>
        <source>1 member organisation</source>
        <translation>1 家下属机构</translation>
    </message>
    <message>
        <source>1 past position</source>
        <translation>1 个过往职位</translation>
    </message>
    <message>
        <source>{count} agreement signatures</source>
        <translation>{count} 个协议签字</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>{count} 份协议</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} 位联系人</translation>
    </message>
    <message>
        <source>{count} event attendances</source>
        <translation>{count} 次活动出席</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} 个活动</translation>
    </message>
    <message>
        <source>{count} follow-ups</source>
        <translation>{count} 项跟进事项</translation>
    </message>
    <message>
        <source>{count} interactions</source>
        <translation>{count} 条互动记录</translation>
    </message>
    <message>
        <source>{count} member organisations</source>
        <translation>{count} 家下属机构</translation>
    </message>
    <message>
        <source>{count} past positions</source>
        <translation>{count} 个过往职位</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>联系人不能与自身合并。</translation>
    </message>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>机构不能与自身合并。</translation>
    </message>
    <message>
        <source>{label} takes one value: pick one of the two.</source>
        <translation>{label}只能取一个值：请在两者中选择一个。</translation>
    </message>
    <message>
        <source>An organisation named “{name}” already exists.</source>
        <translation>名为“{name}”的机构已存在。</translation>
    </message>
    <message>
        <source>No partner is called “{name}”.</source>
        <translation>没有名为“{name}”的合作伙伴。</translation>
    </message>
    <message>
        <source>No partner is called “{name}”. Did you mean: {suggestions}?</source>
        <translation>没有名为“{name}”的合作伙伴。您是不是要找：{suggestions}？</translation>
    </message>
    <message>
        <source>A record that this change removed has been created again since.</source>
        <translation>此更改删除的一条记录后来已被重新创建。</translation>
    </message>
    <message>
        <source>A record this change touched has been removed since.</source>
        <translation>此更改涉及的一条记录后来已被删除。</translation>
    </message>
    <message>
        <source>1 attendee</source>
        <translation>1 位参加者</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>关于 {name}</translation>
    </message>
    <message>
        <source>At {name}</source>
        <translation>就职于 {name}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>截止日期 {date}</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>用于 {name}</translation>
    </message>
    <message>
        <source>Part of {name}</source>
        <translation>隶属于 {name}</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>联系人：{name}</translation>
    </message>
    <message>
        <source>{count} attendees</source>
        <translation>{count} 位参加者</translation>
    </message>
    <message>
        <source>{date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <source>{kind}: {summary}</source>
        <translation>{kind}：{summary}</translation>
    </message>
    <message>
        <source>{name} (in the Trash)</source>
        <translation>{name}（在回收站中）</translation>
    </message>
    <message>
        <source>{status}</source>
        <translation>{status}</translation>
    </message>
    <message>
        <source>The backup of {name} failed its check, so it was not kept; the database itself may be damaged: run “biosparc check”.</source>
        <translation>{name} 的备份未通过检查，因此没有保留；数据库本身可能已损坏：请运行“biosparc check”。</translation>
    </message>
    <message>
        <source>No database at {path} (run `biosparc init` to create one).</source>
        <translation>{path} 处没有数据库（运行 `biosparc init` 创建一个）。</translation>
    </message>
    <message>
        <source>The database {path} is read-only, and this version of Biosparc Desktop needs to upgrade it before it can be read. Copy it to a folder you can write to and open it there.</source>
        <translation>数据库 {path} 是只读的，而此版本的 Biosparc Desktop 需要先升级它才能读取。请把它复制到您可以写入的文件夹，再在那里打开。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so no database was created there. Check the path, or create the folder first.</source>
        <translation>文件夹 {folder} 不存在，因此没有在那里创建数据库。请检查路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>Another program has been saving to the database for more than {seconds} seconds (an import?), so the backup was not restored and nothing was changed. Try again when it has finished.</source>
        <translation>另一个程序向数据库保存数据已超过 {seconds} 秒（正在导入？），因此没有恢复备份，也没有做任何改动。请在它完成后重试。</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}); choose another backup.</source>
        <translation>备份 {name} 已损坏（{problem}）；请选择其他备份。</translation>
    </message>
    <message>
        <source>The backup {name} was written by a newer version of Biosparc Desktop; install that version to restore it.</source>
        <translation>备份 {name} 由更新版本的 Biosparc Desktop 写入；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <source>The team server at {url} cannot be reached; your changes wait on this laptop and go up at the next sync.</source>
        <translation>无法连接位于 {url} 的团队服务器；您的修改保留在本机，下次同步时上传。</translation>
    </message>
    <message>
        <source>The team server at {url} gave an answer that is not Biosparc&apos;s; check the address.</source>
        <translation>位于 {url} 的服务器返回的不是 Biosparc 的应答；请检查地址。</translation>
    </message>
    <message>
        <source>The team server at {url} has a certificate this laptop does not trust; name your company&apos;s CA file with --ca.</source>
        <translation>位于 {url} 的团队服务器使用了本机不信任的证书；请用 --ca 指定贵公司的 CA 文件。</translation>
    </message>
    <message>
        <source>The team server at {url} is not answering properly (HTTP {status}); your changes wait on this laptop.</source>
        <translation>位于 {url} 的团队服务器应答异常（HTTP {status}）；您的修改保留在本机。</translation>
    </message>
    <message>
        <source>Choose which value to keep: mine or theirs.</source>
        <translation>请选择要保留的值：我的或对方的。</translation>
    </message>
    <message>
        <source>That conflict is not in the review queue (already resolved?).</source>
        <translation>该冲突不在审阅队列中（可能已解决）。</translation>
    </message>
    <message>
        <source>That value does not fit this field.</source>
        <translation>该值不适用于此字段。</translation>
    </message>
    <message>
        <source>The record of this conflict was removed for good, so its value cannot be set back; keep theirs to close it.</source>
        <translation>此冲突的记录已被永久删除，无法恢复其值；请选择保留对方的以关闭此冲突。</translation>
    </message>
    <message>
        <source>The record this value pointed at no longer exists.</source>
        <translation>此值指向的记录已不存在。</translation>
    </message>
    <message>
        <source>This conflict has no field to type a value for.</source>
        <translation>此冲突没有可输入值的字段。</translation>
    </message>
    <message>
        <source>This conflict holds no record to add again; keep theirs to close it.</source>
        <translation>此冲突中没有可重新添加的记录；请选择保留对方的以关闭此冲突。</translation>
    </message>
    <message>
        <source>What this record belonged to was removed for good, so it cannot be added again; keep theirs to close it.</source>
        <translation>此记录所属的记录已被永久删除，无法重新添加；请选择保留对方的以关闭此冲突。</translation>
    </message>
    <message>
        <source>Another program kept the database busy, so this sync stopped; nothing was lost and the next sync goes on.</source>
        <translation>另一个程序一直占用数据库，本次同步已停止；没有丢失任何内容，下次同步会继续。</translation>
    </message>
    <message>
        <source>This laptop has not joined a team server (biosparc sync join URL --code CODE).</source>
        <translation>本机尚未加入团队服务器（biosparc sync join URL --code CODE）。</translation>
    </message>
    <message>
        <source>This laptop has already joined a team server; leave it first.</source>
        <translation>本机已加入团队服务器；请先退出。</translation>
    </message>
    <message>
        <source>This laptop&apos;s device token is missing; join the team server again.</source>
        <translation>本机的设备令牌丢失；请重新加入团队服务器。</translation>
    </message>
    <message>
        <source>“{url}” is not a server address (it starts with https://).</source>
        <translation>“{url}”不是服务器地址（应以 https:// 开头）。</translation>
    </message>
    <message>
        <source>The copy to {path} could not be made ({reason}).</source>
        <translation>无法复制到 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The copy to {path} could not be made: {reason}.</source>
        <translation>无法复制到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The damaged database {path} could not be moved aside: {reason}.</source>
        <translation>无法将损坏的数据库 {path} 移到一旁：{reason}。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the copy was not made; free some space and try again. The database itself is unchanged.</source>
        <translation>{folder} 所在的磁盘已满，未能复制；请释放一些空间后重试。数据库本身未受影响。</translation>
    </message>
    <message>
        <source>The restored database {path} failed its check.</source>
        <translation>恢复后的数据库 {path} 未通过检查。</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>{path} 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>{folder} cannot be written to, so the copy was not made.</source>
        <translation>无法写入 {folder}，未能复制。</translation>
    </message>
    <message>
        <source>{name} is an empty Biosparc database; choose another file.</source>
        <translation>{name} 是空的 Biosparc 数据库；请选择其他文件。</translation>
    </message>
    <message>
        <source>{name} is not a Biosparc Desktop database; choose another file.</source>
        <translation>{name} 不是 Biosparc Desktop 数据库；请选择其他文件。</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name so nothing is lost.</source>
        <translation>{path} 已存在；请换一个名称，以免丢失内容。</translation>
    </message>
    <message>
        <source>The file is a zip archive or an Excel .xlsx workbook, not a contact list: open it and save it as CSV (UTF-8) first.</source>
        <translation>该文件是 zip 压缩包或 Excel .xlsx 工作簿，不是联系人列表：请先打开它并另存为 CSV (UTF-8)。</translation>
    </message>
    <message>
        <source>The file is an Excel .xls workbook or other Office file, not a contact list: open it and save it as CSV (UTF-8) first.</source>
        <translation>该文件是 Excel .xls 工作簿或其他 Office 文件，不是联系人列表：请先打开它并另存为 CSV (UTF-8)。</translation>
    </message>
    <message>
        <source>the notes are {length} characters long; only the first {max_len} are kept.</source>
        <translation>备注长 {length} 个字符；只保留前 {max_len} 个字符。</translation>
    </message>
    <message>
        <source>Biosparc keeps its data in a SQLite file, so “{scheme}://…” cannot be used; give a file path or a sqlite:///PATH URL.</source>
        <translation>Biosparc 的数据保存在 SQLite 文件中，因此不能使用“{scheme}://…”；请给出文件路径或 sqlite:///PATH 网址。</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}. Choose another location with --db.</source>
        <translation>无法创建数据文件夹 {folder}：{reason}。请用 --db 选择其他位置。</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>无法打开数据库 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened; check that its folder exists and is writable (its drive may be read-only or disconnected).</source>
        <translation>无法打开数据库 {path}；请检查其所在文件夹是否存在且可写（所在驱动器可能为只读或已断开）。</translation>
    </message>
    <message>
        <source>The database {path} cannot be read: {reason}.</source>
        <translation>无法读取数据库 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The database {path} cannot be used: {reason}.</source>
        <translation>无法使用数据库 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>数据库 {path} 正被其他程序占用；请稍后重试。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), so it was not opened and nothing in it was changed. Restore the newest good backup: Biosparc Desktop offers it when it starts, or run “biosparc restore BACKUP”. The damaged file is kept, not deleted.</source>
        <translation>数据库 {path} 已损坏（{problem}），因此没有打开，其中的内容也未作任何改动。请恢复最新的完好备份：Biosparc Desktop 启动时会提供该备份，也可以运行“biosparc restore BACKUP”。损坏的文件会保留，不会删除。</translation>
    </message>
    <message>
        <source>The database {path} is damaged or not a database.</source>
        <translation>数据库 {path} 已损坏或不是数据库。</translation>
    </message>
    <message>
        <source>The database {path} is no longer there (its folder was removed or its drive disconnected), so nothing was saved. Reconnect the drive and restart Biosparc Desktop.</source>
        <translation>数据库 {path} 已不在原处（其文件夹已被删除或驱动器已断开），因此未保存任何内容。请重新连接驱动器并重启 Biosparc Desktop。</translation>
    </message>
    <message>
        <source>The database {path} is read-only (the file, its folder or the drive); check its permissions or copy it to a folder you can write to.</source>
        <translation>数据库 {path} 为只读（文件、所在文件夹或驱动器）；请检查其权限，或将其复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>The database {path} is read-only, so nothing could be saved in it. Check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation>数据库 {path} 为只读，无法保存任何内容。请检查文件权限，或将其复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>The database {path} was replaced by another program, so nothing was saved. Restart Biosparc Desktop to open the new file.</source>
        <translation>数据库 {path} 已被其他程序替换，因此未保存任何内容。请重启 Biosparc Desktop 以打开新文件。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and try again.</source>
        <translation>{path} 所在的磁盘已满；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The folder of {path} is read-only; choose another location with --db.</source>
        <translation>{path} 所在的文件夹为只读；请用 --db 选择其他位置。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, and the database needs to write beside its file. Copy the database to a folder you can write to and open it there.</source>
        <translation>文件夹 {folder} 为只读，而数据库需要在其文件旁写入内容。请将数据库复制到可写入的文件夹并在那里打开。</translation>
    </message>
    <message>
        <source>it failed its integrity check</source>
        <translation>未通过完整性检查</translation>
    </message>
    <message>
        <source>{path} is not a Biosparc database (it is not an SQLite file). It was left untouched.</source>
        <translation>{path} 不是 Biosparc 数据库（不是 SQLite 文件），未作任何改动。</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} 不是数据库文件。</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened for reading.</source>
        <translation>无法以只读方式打开数据库 {path}。</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>数据库 {path} 不存在。</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>Saving over a network can lose changes or damage the file if the connection drops, and two computers must never open it at once. Quit and move the database to a folder on this computer.</source>
        <translation>通过网络保存时，一旦连接中断，可能丢失更改或损坏文件；而且绝不能让两台电脑同时打开它。请退出程序，并将数据库移到本机的文件夹中。</translation>
    </message>
    <message>
        <source>The database {path} is in a {service} folder. {service} can copy the file while Biosparc Desktop is saving it, which can damage it or leave conflicting copies. Quit, move the database to a folder on this computer and keep only copies of its backups in {service}.</source>
        <translation>数据库 {path} 位于 {service} 文件夹中。{service} 可能在 Biosparc Desktop 保存文件时复制它，从而损坏文件或留下相互冲突的副本。请退出程序，将数据库移到本机的文件夹中，只在 {service} 中保留其备份的副本。</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive (a network folder).</source>
        <translation>数据库 {path} 位于网络驱动器上（网络文件夹）。</translation>
    </message>
    <message>
        <source>The database {path} is on a network share (a network folder).</source>
        <translation>数据库 {path} 位于网络共享中（网络文件夹）。</translation>
    </message>
    <message>
        <source>The database {path} is on a shared folder (a network folder).</source>
        <translation>数据库 {path} 位于共享文件夹中（网络文件夹）。</translation>
    </message>
    <message>
        <source>The database {path} is on {filesystem} (a network folder).</source>
        <translation>数据库 {path} 位于 {filesystem} 上（网络文件夹）。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Biosparc Desktop (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>此数据库由更新版本的 Biosparc Desktop 写入（架构 {revision}）。请安装新版本后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving to the database…</source>
        <translation>正在等待另一个程序完成向数据库的保存…</translation>
    </message>
    <message>
        <source>Could not back up the database to {path}: {reason}.</source>
        <translation>无法将数据库备份到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Could not write the backup {path}: {reason}.</source>
        <translation>无法写入备份 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The backup written to {path} failed its check.</source>
        <translation>写入 {path} 的备份未通过检查。</translation>
    </message>
    <message>
        <source>That change is no longer in the journal.</source>
        <translation>该更改已不在变更日志中。</translation>
    </message>
    <message>
        <source>An agreement that is “{status}” cannot move to “{target_status}”: it can only move to “{next_status}” or “{other_status}”.</source>
        <translation>处于“{status}”状态的协议不能改为“{target_status}”：只能改为“{next_status}”或“{other_status}”。</translation>
    </message>
    <message>
        <source>An agreement that is “{status}” cannot move to “{target_status}”: it can only move to “{next_status}”.</source>
        <translation>处于“{status}”状态的协议不能改为“{target_status}”：只能改为“{next_status}”。</translation>
    </message>
    <message>
        <source>An agreement that is “{status}” cannot move to “{target_status}”: it is closed and cannot move any further.</source>
        <translation>处于“{status}”状态的协议不能改为“{target_status}”：该协议已结束，不能再更改状态。</translation>
    </message>
    <message>
        <source>“{value}” is not a country; use a two-letter code such as SG or CN.</source>
        <translation>“{value}”不是国家/地区；请使用两个字母的代码，例如 SG 或 CN。</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code; use one such as CNY, SGD or USD.</source>
        <translation>“{value}”不是货币代码；请使用 CNY、SGD 或 USD 等代码。</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>电子邮件地址的 @ 符号后面不能紧跟连字符。</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>电子邮件地址的 @ 符号前面不能紧挨句点。</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>电子邮件地址中不能有两个连续的句点。</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>电子邮件地址不能以句点开头。</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>电子邮件地址必须包含 @ 符号。</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign.</source>
        <translation>电子邮件地址的 @ 符号之前含有无效字符。</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: {characters}.</source>
        <translation>电子邮件地址的 @ 符号之前含有无效字符：{characters}。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>An organisation cannot sit under itself or one of its own members.</source>
        <translation>机构不能隶属于其自身或其下属机构。</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The organisation was not saved.</source>
        <translation>该机构未保存。</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type the staff member&apos;s name.</source>
        <translation>请输入员工姓名。</translation>
    </message>
    <message>
        <source>“{title}” is already cancelled.</source>
        <translation>“{title}”已取消。</translation>
    </message>
    <message>
        <source>“{title}” is already done.</source>
        <translation>“{title}”已完成。</translation>
    </message>
    <message>
        <source>A partner named “{name}” exists now; rename it first, then restore this one.</source>
        <translation>现已存在名为“{name}”的合作伙伴；请先将其改名，再恢复此合作伙伴。</translation>
    </message>
    <message>
        <source>That record is not in the Trash; it may have been restored or emptied.</source>
        <translation>该记录不在回收站中；可能已被恢复或已清空。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Keeping a backup of the current database…</source>
        <translation>正在保留当前数据库的备份…</translation>
    </message>
    <message>
        <source>Moving the damaged database aside…</source>
        <translation>正在将损坏的数据库移到一旁…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup to restore.</source>
        <translation>该文件就是数据库本身；请选择一个备份来恢复。</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{time} ({place_time} {place})</source>
        <translation>{time}（{place}时间 {place_time}）</translation>
    </message>
    <message>
        <source>{n} day ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>{n} 天后</translation>
    </message>
</context>
</TS>
