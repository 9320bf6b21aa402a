<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Badge</name>
    <message>
        <source>SIMULATOR</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Connected to the built-in simulator, not to OKX.</source>
        <translation>已连接到内置模拟器，而不是 OKX。</translation>
    </message>
    <message>
        <source>NOT OKX</source>
        <translation>非 OKX</translation>
    </message>
    <message>
        <source>This app is set to talk to a server that is not OKX.</source>
        <translation>本应用已设置为与非 OKX 的服务器通信。</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>USD value</source>
        <translation>美元价值</translation>
    </message>
</context>
<context>
    <name>BotKeys</name>
    <message>
        <source>&amp;New bot key…</source>
        <translation>新建机器人 Key(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;voke on OKX…</source>
        <translation>在 OKX 上撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Keys on &amp;OKX…</source>
        <translation>OKX 上的 Key(&amp;O)…</translation>
    </message>
    <message>
        <source>Use as &amp;manager key…</source>
        <translation>用作管理 Key(&amp;M)…</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>解决方法：{fix}</translation>
    </message>
    <message>
        <source>&amp;Bots</source>
        <translation>机器人 Key(&amp;B)</translation>
    </message>
    <message>
        <source>Keys the app creates for your bots through a manager key (nobody sees them), and keys bots keep in plain-text files</source>
        <translation>本应用通过管理 Key 为您的机器人创建的 Key（没有人会看到它们），以及机器人保存在明文文件中的 Key</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Use “{label}” as the manager key?</source>
        <translation>将“{label}”用作管理 Key？</translation>
    </message>
    <message>
        <source>Manager key</source>
        <translation>管理 Key</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Read + Trade</source>
        <translation>读取 + 交易</translation>
    </message>
    <message>
        <source>Create a {perms} key for the sub-account {sub}, bound to {ips}, through the manager key “{manager}”? It never gets Withdraw.</source>
        <translation>通过管理 Key“{manager}”为子账户 {sub} 创建一个{perms}的 Key，绑定到 {ips}？它永远不会有提现权限。</translation>
    </message>
    <message>
        <source>New bot key</source>
        <translation>新建机器人 Key</translation>
    </message>
    <message>
        <source>Creating the key on OKX…</source>
        <translation>正在 OKX 上创建 Key…</translation>
    </message>
    <message>
        <source>Checked from here.</source>
        <translation>已在这台电脑上检查。</translation>
    </message>
    <message>
        <source>To be checked from the server: this computer&apos;s IP is not bound to it.</source>
        <translation>待在服务器上检查：这台电脑的 IP 未绑定到该 Key。</translation>
    </message>
    <message>
        <source>Saved as “{label}” ({masked}). {checked}

Start the bot with:
{run}</source>
        <translation>已保存为“{label}”（{masked}）。{checked}

用以下命令启动机器人：
{run}</translation>
    </message>
    <message>
        <source>Replace “{label}” by a new key with the same sub-account, permissions and IP addresses, then delete the old key on OKX? Bots running with the old key must be restarted.</source>
        <translation>用一个子账户、权限和 IP 地址都相同的新 Key 替换“{label}”，然后在 OKX 上删除旧 Key？正在使用旧 Key 运行的机器人必须重新启动。</translation>
    </message>
    <message>
        <source>Rotate bot key</source>
        <translation>轮换机器人 Key</translation>
    </message>
    <message>
        <source>Rotating “{label}”…</source>
        <translation>正在轮换“{label}”…</translation>
    </message>
    <message>
        <source>Rotated “{label}”: the old key is deleted on OKX.</source>
        <translation>已轮换“{label}”：旧 Key 已在 OKX 上删除。</translation>
    </message>
    <message>
        <source>Delete “{label}” on OKX, then remove it from this app? Bots using it stop working.</source>
        <translation>在 OKX 上删除“{label}”，然后从本应用中移除？使用它的机器人将停止工作。</translation>
    </message>
    <message>
        <source>Revoke bot key</source>
        <translation>撤销机器人 Key</translation>
    </message>
    <message>
        <source>Revoked “{label}”.</source>
        <translation>已撤销“{label}”。</translation>
    </message>
    <message>
        <source>Keys on OKX</source>
        <translation>OKX 上的 Key</translation>
    </message>
    <message>
        <source>Delete on OKX the keys an interrupted run left? No app holds them.</source>
        <translation>在 OKX 上删除中断的操作遗留的 Key？没有任何应用持有它们。</translation>
    </message>
    <message>
        <source>Open Bots &gt; Keys on OKX to delete them.</source>
        <translation>打开“机器人 &gt; OKX 上的 Key”删除它们。</translation>
    </message>
</context>
<context>
    <name>CheckQueue</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Checked {done} of {total}</source>
        <translation>已检查 {done}/{total}</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>IP bound</source>
        <translation>IP 绑定</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球站</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>欧洲经济区站</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国站</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>模拟盘</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Withdraw!</source>
        <translation>提现！</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Click the status to see how to fix it.</source>
        <translation>点击状态查看解决方法。</translation>
    </message>
    <message>
        <source>This key may withdraw funds. Create a new key without Withdraw and delete this one.</source>
        <translation>此 Key 有提现权限。请另建一个不含提现权限的 Key，再删除此 Key。</translation>
    </message>
</context>
<context>
    <name>CreateKeyPage</name>
    <message>
        <source>Create a demo API key</source>
        <translation>创建模拟盘 API Key</translation>
    </message>
    <message>
        <source>Create the API key</source>
        <translation>创建 API Key</translation>
    </message>
    <message>
        <source>Copied. Paste it into OKX&apos;s passphrase field now; the clipboard is cleared in {seconds} s. Also note it somewhere safe: OKX cannot show it again.</source>
        <translation>已复制。请立即粘贴到 OKX 的 Passphrase 输入框；剪贴板将在 {seconds} 秒后清空。另请把它记在安全的地方：OKX 无法再次显示它。</translation>
    </message>
    <message>
        <source>Log in at {host} and open the API page.</source>
        <translation>登录 {host} 并打开 API 页面。</translation>
    </message>
    <message>
        <source>Demo keys never expire.</source>
        <translation>模拟盘 Key 永不过期。</translation>
    </message>
    <message>
        <source>Name the key, for example “OKX Key Manager”.</source>
        <translation>为 Key 命名，例如“OKX Key Manager”。</translation>
    </message>
    <message>
        <source>Log in at {host} and go to {path}. Demo keys are made there and only work in demo trading.</source>
        <translation>登录 {host}，然后依次进入 {path}。模拟盘 Key 在那里创建，也只能在模拟盘使用。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create Demo Trading V5 API Key&lt;/b&gt;.</source>
        <translation>点击 &lt;b&gt;创建模拟盘 V5 API Key&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Log in at {host} and go to {path}.</source>
        <translation>登录 {host}，然后依次进入 {path}。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create V5 API key&lt;/b&gt;. Where OKX asks what the key is for, choose &lt;b&gt;API trading&lt;/b&gt;, not “Link a third-party app”: such a key only works from that app&apos;s servers, never from this computer.</source>
        <translation>点击 &lt;b&gt;创建 V5 API Key&lt;/b&gt;。OKX 询问用途时，请选择 &lt;b&gt;API 交易&lt;/b&gt;，不要选“关联第三方应用”：那种 Key 只能从该应用的服务器使用，无法在这台电脑上使用。</translation>
    </message>
    <message>
        <source>OKX&apos;s documentation says a Trade key without a bound IP address is deleted after 14 days without use (the rule may have changed): bind your computer&apos;s public IP address if it is fixed.</source>
        <translation>根据 OKX 文档，未绑定 IP 地址的交易权限 Key 在 14 天未使用后会被自动删除（此规则可能已有变化）：如果您电脑的公网 IP 地址固定，请绑定它。</translation>
    </message>
    <message>
        <source>Choose a &lt;b&gt;passphrase&lt;/b&gt; and note it somewhere safe: OKX cannot show it again. The button below makes a strong one.</source>
        <translation>设置 &lt;b&gt;Passphrase&lt;/b&gt; 并记在安全的地方：OKX 无法再次显示它。下面的按钮可以生成一个高强度的 Passphrase。</translation>
    </message>
    <message>
        <source>Permissions: tick &lt;b&gt;Read&lt;/b&gt; and &lt;b&gt;Trade&lt;/b&gt;. Never tick &lt;b&gt;Withdraw&lt;/b&gt;: this app does not need it, and a stolen withdraw key can empty your account.</source>
        <translation>权限：勾选&lt;b&gt;读取&lt;/b&gt;和&lt;b&gt;交易&lt;/b&gt;。切勿勾选&lt;b&gt;提现&lt;/b&gt;：本应用不需要它，而带提现权限的 Key 一旦被盗，账户可能被清空。</translation>
    </message>
    <message>
        <source>IP address: {expiry}</source>
        <translation>IP 地址：{expiry}</translation>
    </message>
    <message>
        <source>Confirm with the code OKX sends by e-mail or shows in your authenticator app. OKX then shows the new key.</source>
        <translation>输入 OKX 通过电子邮件发送的验证码或身份验证器 App 中的验证码进行确认。随后 OKX 会显示新的 Key。</translation>
    </message>
    <message>
        <source>&lt;b&gt;OKX shows the secret key only once.&lt;/b&gt; Keep OKX&apos;s page open and copy the API key, the secret key and your passphrase into the next page.</source>
        <translation>&lt;b&gt;OKX 只显示一次 Secret Key。&lt;/b&gt;请保持 OKX 页面打开，把 API Key、Secret Key 和 Passphrase 复制到下一页。</translation>
    </message>
    <message>
        <source>&amp;Open the API page</source>
        <translation>打开 API 页面(&amp;O)</translation>
    </message>
    <message>
        <source>Open OKX&apos;s API management page</source>
        <translation>打开 OKX 的 API 管理页面</translation>
    </message>
    <message>
        <source>&amp;Open OKX ({host})</source>
        <translation>打开 OKX（{host}）(&amp;O)</translation>
    </message>
    <message>
        <source>Open OKX&apos;s web site in the browser</source>
        <translation>在浏览器中打开 OKX 网站</translation>
    </message>
    <message>
        <source>&amp;Generate passphrase</source>
        <translation>生成 Passphrase(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a strong passphrase</source>
        <translation>生成高强度 Passphrase</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>生成的 Passphrase</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>复制 Passphrase</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a connection to see its account.</source>
        <translation>选择一个连接以查看其账户。</translation>
    </message>
    <message>
        <source>No balances yet: check the connection.</source>
        <translation>还没有余额：请检查此连接。</translation>
    </message>
    <message>
        <source>Trading account total: {amount} USD</source>
        <translation>交易账户总额：{amount} USD</translation>
    </message>
    <message>
        <source>Fetched {when}</source>
        <translation>获取于 {when}</translation>
    </message>
    <message>
        <source>Saved balances from {when} ({age})</source>
        <translation>{when} 保存的余额（{age}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>account type unknown</source>
        <translation>账户类型未知</translation>
    </message>
    <message>
        <source>sub-account</source>
        <translation>子账户</translation>
    </message>
    <message>
        <source>main account</source>
        <translation>主账户</translation>
    </message>
    <message>
        <source>UID {uid}</source>
        <translation>UID {uid}</translation>
    </message>
    <message>
        <source>manager key of its sub-accounts</source>
        <translation>其子账户的管理 Key</translation>
    </message>
    <message>
        <source>issued by this app for {sub}</source>
        <translation>由本应用为 {sub} 创建</translation>
    </message>
    <message>
        <source>Spot mode</source>
        <translation>现货模式</translation>
    </message>
    <message>
        <source>Spot and futures mode</source>
        <translation>合约模式</translation>
    </message>
    <message>
        <source>Multi-currency margin mode</source>
        <translation>跨币种保证金模式</translation>
    </message>
    <message>
        <source>Portfolio margin mode</source>
        <translation>组合保证金模式</translation>
    </message>
    <message>
        <source>account mode: {mode}</source>
        <translation>账户模式：{mode}</translation>
    </message>
    <message>
        <source>account mode: {mode} (for futures the guide recommends {recommended})</source>
        <translation>账户模式：{mode}（如交易合约，指南建议{recommended}）</translation>
    </message>
    <message>
        <source>positions: {mode}</source>
        <translation>持仓方式：{mode}</translation>
    </message>
    <message>
        <source>positions: {mode} (for futures the guide recommends {recommended})</source>
        <translation>持仓方式：{mode}（如交易合约，指南建议{recommended}）</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>买卖模式</translation>
    </message>
    <message>
        <source>long/short</source>
        <translation>开平仓模式</translation>
    </message>
    <message>
        <source>notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>&amp;Hide small balances</source>
        <translation>隐藏小额余额(&amp;H)</translation>
    </message>
    <message>
        <source>Hides currencies worth less than 1 USD.</source>
        <translation>隐藏价值低于 1 美元的币种。</translation>
    </message>
    <message>
        <source>Trading account</source>
        <translation>交易账户</translation>
    </message>
    <message>
        <source>Funding account</source>
        <translation>资金账户</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Saving the connection</source>
        <translation>正在保存连接</translation>
    </message>
    <message>
        <source>Saving failed on an unexpected error ({kind}).</source>
        <translation>保存时发生意外错误（{kind}）。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>正在保存 Key…</translation>
    </message>
    <message>
        <source>The key was not saved yet.</source>
        <translation>Key 尚未保存。</translation>
    </message>
    <message>
        <source>demo trading</source>
        <translation>模拟盘</translation>
    </message>
    <message>
        <source>live trading</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Connected. “{label}” ({environment}) is saved and ready to use.</source>
        <translation>已连接。“{label}”（{environment}）已保存，可以使用了。</translation>
    </message>
    <message>
        <source>The new key replaces the old one in this app. Now delete the old key on OKX: it keeps working there until you do.</source>
        <translation>新 Key 已在本应用中替换旧 Key。现在请到 OKX 上删除旧 Key：在您删除之前，它在 OKX 上仍然有效。</translation>
    </message>
    <message>
        <source>On OKX: {path}.</source>
        <translation>在 OKX 上：{path}。</translation>
    </message>
    <message>
        <source>&amp;Delete it on OKX…</source>
        <translation>到 OKX 上删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Open OKX&apos;s API page to delete the old key</source>
        <translation>打开 OKX 的 API 页面删除旧 Key</translation>
    </message>
    <message>
        <source>Trading account total: {total} USD</source>
        <translation>交易账户总额：{total} USD</translation>
    </message>
    <message>
        <source>Trading account</source>
        <translation>交易账户</translation>
    </message>
    <message>
        <source>Funding account</source>
        <translation>资金账户</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>USD value</source>
        <translation>美元价值</translation>
    </message>
    <message>
        <source>Trading account balances</source>
        <translation>交易账户余额</translation>
    </message>
    <message>
        <source>Funding account balances</source>
        <translation>资金账户余额</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>重新尝试保存</translation>
    </message>
    <message>
        <source>&amp;Choose another name</source>
        <translation>换一个名称(&amp;C)</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Key 未保存。</translation>
    </message>
</context>
<context>
    <name>DriftDialog</name>
    <message>
        <source>Keys on OKX — {manager}</source>
        <translation>OKX 上的 Key — {manager}</translation>
    </message>
    <message>
        <source>Sub-account</source>
        <translation>子账户</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>保存名称</translation>
    </message>
    <message>
        <source>Asking OKX…</source>
        <translation>正在询问 OKX…</translation>
    </message>
    <message>
        <source>Delete leftovers on OKX…</source>
        <translation>在 OKX 上删除遗留的 Key…</translation>
    </message>
    <message>
        <source>{count} keys on OKX; {odd} need a look.</source>
        <translation>OKX 上有 {count} 个 Key；{odd} 个需要查看。</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Withdraw!</source>
        <translation>提现！</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Rename and notes</source>
        <translation>重命名和备注</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>EnterKeysPage</name>
    <message>
        <source>Enter the key</source>
        <translation>输入 Key</translation>
    </message>
    <message>
        <source>OKX {region} demo</source>
        <extracomment>A connection&apos;s default name; {region}: the translated region name (Global, EEA, US).</extracomment>
        <translation>OKX {region} 模拟盘</translation>
    </message>
    <message>
        <source>OKX {region}</source>
        <extracomment>A connection&apos;s default name; {region}: the translated region name (Global, EEA, US).</extracomment>
        <translation>OKX {region}</translation>
    </message>
    <message>
        <source>Paste the values from OKX&apos;s page. Spaces around them are removed. Nothing is sent anywhere until the next step.</source>
        <translation>粘贴 OKX 页面上的内容。前后的空格会被自动去除。在下一步之前，不会发送任何数据。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>API Key(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Secret Key(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Passphrase(&amp;P)：</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>e.g. Main account</source>
        <translation>例如：主账户</translation>
    </message>
    <message>
        <source>Show &amp;key</source>
        <translation>显示 Key(&amp;K)</translation>
    </message>
    <message>
        <source>Hide &amp;key</source>
        <translation>隐藏 Key(&amp;K)</translation>
    </message>
    <message>
        <source>Show s&amp;ecret</source>
        <translation>显示 Secret(&amp;E)</translation>
    </message>
    <message>
        <source>Hide s&amp;ecret</source>
        <translation>隐藏 Secret(&amp;E)</translation>
    </message>
    <message>
        <source>Show passp&amp;hrase</source>
        <translation>显示 Passphrase(&amp;H)</translation>
    </message>
    <message>
        <source>Hide passp&amp;hrase</source>
        <translation>隐藏 Passphrase(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide: {field}</source>
        <translation>显示或隐藏：{field}</translation>
    </message>
    <message>
        <source>Simulator: fill in a test key…</source>
        <translation>模拟器：填入一个测试 Key…</translation>
    </message>
    <message>
        <source>Simulator test key</source>
        <translation>模拟器测试 Key</translation>
    </message>
    <message>
        <source>These values are right; &amp;continue anyway</source>
        <translation>这些内容没错，仍然继续(&amp;C)</translation>
    </message>
    <message>
        <source>These values are right; continue anyway</source>
        <translation>这些内容没错，仍然继续</translation>
    </message>
</context>
<context>
    <name>FindKeysDialog</name>
    <message>
        <source>Find OKX keys in files</source>
        <translation>在文件中查找 OKX Key</translation>
    </message>
    <message>
        <source>Bots often keep OKX keys in plain-text files that anyone with the file can use. Checked keys are verified, saved here, and removed from their files; start your bots with “{button}” afterwards.</source>
        <extracomment>{button}: the toolbar button&apos;s own words (&quot;Use with…&quot;), translated with it.</extracomment>
        <translation>交易机器人常把 OKX Key 以明文保存在文件里，任何拿到文件的人都能使用。勾选的 Key 会先验证、再保存到这里，并从原文件中删除；之后请通过“{button}”启动您的机器人。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Scan a &amp;folder…</source>
        <translation>扫描文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Move the checked keys into the app</source>
        <translation>把勾选的 Key 移入本应用(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking for OKX keys…</source>
        <translation>正在查找 OKX Key…</translation>
    </message>
    <message>
        <source>Scan a folder</source>
        <translation>扫描文件夹</translation>
    </message>
    <message>
        <source>No OKX key found in {files} files.</source>
        <translation>在 {files} 个文件中未找到 OKX Key。</translation>
    </message>
    <message>
        <source>{count} possible OKX keys found in {files} files.</source>
        <translation>在 {files} 个文件中找到 {count} 个疑似 OKX Key。</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Checking and saving {count} keys…</source>
        <translation>正在验证并保存 {count} 个 Key…</translation>
    </message>
    <message>
        <source>{count} keys moved into the app.</source>
        <translation>已有 {count} 个 Key 移入本应用。</translation>
    </message>
    <message>
        <source>  Line {line}: checked and saved as “{label}”.</source>
        <translation>  第 {line} 行：已验证，并保存为“{label}”。</translation>
    </message>
    <message>
        <source>  Line {line}: already saved as “{label}”.</source>
        <translation>  第 {line} 行：已保存为“{label}”。</translation>
    </message>
    <message>
        <source>  Line {line}: did not pass the check, left in the file: {reason}</source>
        <translation>  第 {line} 行：未通过验证，已留在文件中：{reason}</translation>
    </message>
    <message>
        <source>  The keys were removed from the file; the rest is unchanged.</source>
        <translation>  已从文件中删除这些 Key，其余内容保持不变。</translation>
    </message>
    <message>
        <source>  This file is or was tracked by git: the key stays in the repository&apos;s history. Rotate the key (create a new one on OKX, delete this one).</source>
        <translation>  此文件已被（或曾被）git 跟踪：Key 会留在仓库的历史记录里。请轮换此 Key（在 OKX 上另建新 Key，再删除此 Key）。</translation>
    </message>
    <message>
        <source>  This file is in a synced folder: old copies may remain with the sync service. Rotate the key.</source>
        <translation>  此文件位于同步文件夹中：同步服务可能仍保留旧副本。请轮换此 Key。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed. Try again, and if it keeps happening, restart the app.</source>
        <translation>发生了意外错误，没有做任何更改。请重试；如果一直出现，请重新启动本应用。</translation>
    </message>
    <message>
        <source>{count} files were not read (not a regular file, too large or binary).</source>
        <translation>有 {count} 个文件未读取（不是普通文件、过大或为二进制文件）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import backup</source>
        <translation>导入备份</translation>
    </message>
    <message>
        <source>Name taken: keep both</source>
        <translation>名称已存在：两者都保留</translation>
    </message>
    <message>
        <source>Name taken: replace the saved key</source>
        <translation>名称已存在：替换已保存的 Key</translation>
    </message>
    <message>
        <source>Name taken: skip</source>
        <translation>名称已存在：跳过</translation>
    </message>
    <message>
        <source>This backup holds:</source>
        <translation>此备份包含：</translation>
    </message>
</context>
<context>
    <name>IpPanel</name>
    <message>
        <source>Press Next to save the key as “Not checked”. On the server, run: okx-key-manager check {label}</source>
        <translation>点击“下一步”将此 Key 保存为“未检查”。请在服务器上运行：okx-key-manager check {label}</translation>
    </message>
    <message>
        <source>The lookup failed.</source>
        <translation>查询失败。</translation>
    </message>
    <message>
        <source>OKX saw this computer at {ip}: add this address to the key.</source>
        <translation>OKX 看到这台电脑的地址是 {ip}：请把这个地址添加到 Key 的 IP 白名单。</translation>
    </message>
    <message>
        <source>{host} sees this computer at {ip}.</source>
        <translation>{host} 看到这台电脑的地址是 {ip}。</translation>
    </message>
    <message>
        <source>Asking {host}…</source>
        <translation>正在询问 {host}…</translation>
    </message>
    <message>
        <source>To bind the key, OKX needs this computer&apos;s public IP address. The app can ask {host} for it: that service then sees your address.</source>
        <translation>绑定 Key 需要这台电脑的公网 IP 地址。本应用可以向 {host} 查询：该服务随之会看到您的地址。</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>复制地址(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the IP address</source>
        <translation>复制 IP 地址</translation>
    </message>
    <message>
        <source>&amp;Ask {host}</source>
        <translation>询问 {host}(&amp;A)</translation>
    </message>
    <message>
        <source>Ask {host} for this computer&apos;s public IP address</source>
        <translation>向 {host} 查询这台电脑的公网 IP 地址</translation>
    </message>
    <message>
        <source>I will check it from the server it is bound to (save it as “Not checked”)</source>
        <translation>我将在此 Key 绑定的服务器上检查它（保存为“未检查”）</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>OKX Key Manager</source>
        <translation>OKX Key Manager</translation>
    </message>
    <message>
        <source>Create a vault file</source>
        <translation>创建保险库文件</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Connect a new API key (the wizard)</source>
        <translation>连接一个新的 API Key（向导）</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Check the selected connection</source>
        <translation>检查选中的连接</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>全部检查(&amp;L)</translation>
    </message>
    <message>
        <source>Check every connection</source>
        <translation>检查所有连接</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename and edit notes</source>
        <translation>重命名并编辑备注</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>轮换(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the key with a new one; the old one stays until the new one is verified</source>
        <translation>用新 Key 替换；在新 Key 验证通过之前，旧 Key 保持不变</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the connection</source>
        <translation>删除此连接</translation>
    </message>
    <message>
        <source>Copy &amp;API key</source>
        <translation>复制 API Key(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;secret key</source>
        <translation>复制 Secret Key(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;passphrase</source>
        <translation>复制 Passphrase(&amp;P)</translation>
    </message>
    <message>
        <source>Open on &amp;OKX</source>
        <translation>在 OKX 上打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the API management page of this key&apos;s region</source>
        <translation>打开此 Key 所在站点的 API 管理页面</translation>
    </message>
    <message>
        <source>&amp;Use with…</source>
        <translation>机器人(&amp;U)…</translation>
    </message>
    <message>
        <source>Start a bot with this key without writing it to a file: the command to use</source>
        <translation>不把 Key 写入文件就让机器人使用它：查看要用的命令</translation>
    </message>
    <message>
        <source>&amp;Find keys in files…</source>
        <translation>查找 Key(&amp;F)…</translation>
    </message>
    <message>
        <source>Find OKX keys that bots keep in plain-text files, and move them into the app</source>
        <translation>查找机器人保存在明文文件中的 OKX Key，并把它们移入本应用</translation>
    </message>
    <message>
        <source>&amp;Export backup…</source>
        <translation>导出备份(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>导入备份(&amp;I)…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <source>Lock the vault file</source>
        <translation>锁定保险库文件</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy a secret; the clipboard is cleared after a while</source>
        <translation>复制一项密钥信息；剪贴板会在一段时间后清除</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Opening your saved connections…</source>
        <translation>正在打开已保存的连接…</translation>
    </message>
    <message>
        <source>The vault file is locked.</source>
        <translation>保险库文件已锁定。</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>还没有连接。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Connect an OKX account…</source>
        <translation>连接 OKX 账户(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a &amp;vault file…</source>
        <translation>创建保险库文件(&amp;V)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NewBotKeyDialog</name>
    <message>
        <source>New bot key</source>
        <translation>新建机器人 Key</translation>
    </message>
    <message>
        <source>A standard sub-account of the master account (6 to 20 letters and digits)</source>
        <translation>主账户的一个标准子账户（6 到 20 个字母和数字）</translation>
    </message>
    <message>
        <source>Create this sub-account if it does not exist</source>
        <translation>如果该子账户不存在则创建</translation>
    </message>
    <message>
        <source>default: the sub-account&apos;s name and “bot”</source>
        <translation>默认：子账户名称加“bot”</translation>
    </message>
    <message>
        <source>Read only (no trading)</source>
        <translation>只读（不能交易）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Manager key:</source>
        <translation>管理 Key(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Sub-account:</source>
        <translation>子账户(&amp;S)：</translation>
    </message>
    <message>
        <source>Bot server&apos;s &amp;IP addresses:</source>
        <translation>机器人服务器的 IP 地址(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name in this app:</source>
        <translation>在本应用中的名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rotate every:</source>
        <translation>轮换周期(&amp;R)：</translation>
    </message>
    <message>
        <source>The app creates the key on OKX through the manager key and saves it straight from OKX&apos;s answer: nobody sees, copies or pastes its secret. It gets Read and Trade (or Read only), never Withdraw, and works only from the IP addresses you give.</source>
        <translation>本应用通过管理 Key 在 OKX 上创建该 Key，并直接从 OKX 的应答中保存：没有人会看到、复制或粘贴它的 Secret Key。它拥有读取和交易权限（或只读），永远没有提现权限，并且只能从您提供的 IP 地址使用。</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>创建 Key</translation>
    </message>
    <message>
        <source>Standard sub-accounts: {count}</source>
        <translation>标准子账户：{count} 个</translation>
    </message>
    <message>
        <source>This master account has no standard sub-account yet.</source>
        <translation>该主账户还没有标准子账户。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>OKX Key Manager</source>
        <translation>OKX Key Manager</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed. Try again, and if it keeps happening, restart the app.</source>
        <translation>发生了意外错误，没有做任何更改。请重试；如果一直出现，请重新启动本应用。</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>解决方法：{fix}</translation>
    </message>
    <message>
        <source>OKX&apos;s site is open: go to {path}.</source>
        <extracomment>{path}: OKX&apos;s menu path, e.g. Profile &gt; API and connections.</extracomment>
        <translation>已打开 OKX 网站：请依次进入 {path}。</translation>
    </message>
    <message>
        <source>Delete “{label}” ({masked}) from this computer?&lt;br&gt;&lt;br&gt;The key still exists on OKX: to revoke it, delete it there too: &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>要从这台电脑上删除“{label}”（{masked}）吗？&lt;br&gt;&lt;br&gt;此 Key 在 OKX 上仍然存在：如需作废，请同时在 OKX 上删除它：&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} s.</source>
        <translation>已复制。剪贴板将在 {seconds} 秒后清除。</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>导出备份</translation>
    </message>
    <message>
        <source>Choose a password for the backup file. Without it the backup cannot be opened: keep it somewhere safe.</source>
        <translation>为备份文件设置密码。没有它就无法打开备份：请把它保存在安全的地方。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s).</source>
        <translation>
            <numerusform>已导出 %n 个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import backup</source>
        <translation>导入备份</translation>
    </message>
    <message>
        <source>The backup&apos;s password:</source>
        <translation>备份的密码：</translation>
    </message>
    <message>
        <source>Imported: {added} added, {replaced} replaced.</source>
        <translation>已导入：新增 {added} 个，替换 {replaced} 个。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>The vault file&apos;s master password:</source>
        <translation>保险库文件的主密码：</translation>
    </message>
    <message>
        <source>Create a vault file</source>
        <translation>创建保险库文件</translation>
    </message>
    <message>
        <source>Choose a master password for the vault file. It encrypts your keys on this computer; without it they cannot be opened.</source>
        <translation>为保险库文件设置主密码。它会在这台电脑上加密您的 Key；没有它就无法打开。</translation>
    </message>
    <message>
        <source>Move to a vault file</source>
        <translation>移到保险库文件</translation>
    </message>
    <message>
        <source>Choose the vault file&apos;s master password. Every connection is copied into the file and checked before it is removed from the system keychain.</source>
        <translation>为保险库文件设置主密码。每个连接都会先复制到文件中并核对，然后才从系统钥匙串中移除。</translation>
    </message>
    <message>
        <source>Move to the system keychain</source>
        <translation>移到系统钥匙串</translation>
    </message>
    <message>
        <source>Move every connection into the system keychain? Each one is copied and checked first; then the vault file is deleted.</source>
        <translation>要把所有连接移到系统钥匙串吗？每个连接都会先复制并核对，然后删除保险库文件。</translation>
    </message>
    <message>
        <source>Moving your connections…</source>
        <translation>正在移动您的连接…</translation>
    </message>
    <message>
        <source>All connections moved and verified.</source>
        <translation>所有连接均已移动并核对无误。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输入一次(&amp;A)：</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>强度足够。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Prepare your trading account</source>
        <translation>准备交易账户</translation>
    </message>
    <message>
        <source>If you trade futures or perpetual swaps, set your account up like this before creating the key. Spot-only traders can skip this step.</source>
        <translation>如果您交易交割合约或永续合约，请在创建 Key 之前按如下方式设置账户。只做现货交易的用户可以跳过此步。</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Account mode:&lt;/b&gt; Spot and futures mode (older guides call it single-currency margin).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Position mode:&lt;/b&gt; one-way mode (not long/short mode).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Margin:&lt;/b&gt; isolated margin is recommended: a losing position cannot eat into the rest of your account.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;账户模式：&lt;/b&gt;合约模式（较早的教程称之为“单币种保证金模式”）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;持仓方式：&lt;/b&gt;买卖模式（不是开平仓模式）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;保证金模式：&lt;/b&gt;建议使用逐仓：亏损的仓位不会占用账户里的其他资金。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open OKX ({host})</source>
        <translation>打开 OKX（{host}）(&amp;O)</translation>
    </message>
    <message>
        <source>Open OKX&apos;s web site in the browser</source>
        <translation>在浏览器中打开 OKX 网站</translation>
    </message>
    <message>
        <source>There: {path}</source>
        <translation>在网站上：{path}</translation>
    </message>
    <message>
        <source>You do not have to trust this page: after connecting, the app reads your real settings, tells you what differs and can change it for you.</source>
        <translation>您不必只相信本页面：连接之后，应用会读取您的实际设置，告诉您哪些不同，并可以替您修改。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>RepairFlows</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain holds %n connection(s) of this app that the list does not show (the list file was lost or replaced):</source>
        <translation>
            <numerusform>系统钥匙串中有 %n 个本应用的连接没有显示在列表中（列表文件丢失或被替换）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them to the list? Their keys stay where they are.</source>
        <translation>要把它们恢复到列表中吗？它们的 Key 仍保存在原处。</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n connection(s) found in the keychain</source>
        <translation>
            <numerusform>恢复在钥匙串中找到的 %n 个连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n connection(s).</source>
        <translation>
            <numerusform>已恢复 %n 个连接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never remind</source>
        <translation>从不提醒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>屏幕锁定时一并锁定</translation>
    </message>
    <message>
        <source>Check all connections when the app starts</source>
        <translation>应用启动时检查所有连接</translation>
    </message>
    <message>
        <source>Keep the last balances on this computer to show them offline</source>
        <translation>在这台电脑上保留最近的余额，以便离线时显示</translation>
    </message>
    <message>
        <source>Auto-lock applies to a vault file; keys in the system keychain are protected by your login. The balance cache holds amounts only, never a key.</source>
        <translation>自动锁定适用于保险库文件；系统钥匙串中的 Key 由您的登录会话保护。余额缓存只包含金额，从不包含 Key。</translation>
    </message>
    <message>
        <source>A vault file (encrypted, with a master password)</source>
        <translation>保险库文件（加密，使用主密码）</translation>
    </message>
    <message>
        <source>&amp;Move to the system keychain…</source>
        <translation>移到系统钥匙串(&amp;M)…</translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>&amp;Move to a vault file…</source>
        <translation>移到保险库文件(&amp;M)…</translation>
    </message>
    <message>
        <source>Copies every connection, checks each copy, and only then removes them from the old place.</source>
        <translation>先复制每个连接并逐一核对副本，然后才从原来的位置移除。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Clear copied secrets after:</source>
        <translation>复制的密钥信息清除时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Remind to rotate keys after:</source>
        <translation>提醒轮换 Key 的间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Lock the vault file after &amp;idle:</source>
        <translation>闲置多久后锁定保险库文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Keys are stored in:</source>
        <translation>Key 保存在：</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Connect your OKX account</source>
        <translation>连接您的 OKX 账户</translation>
    </message>
    <message>
        <source>OKX says this key belongs to the {region} site ({host}), not the one you chose.</source>
        <extracomment>{region}: the translated region name, e.g. Global; {host}: the site&apos;s address.</extracomment>
        <translation>OKX 显示此 Key 属于{region}（{host}），而不是您选择的站点。</translation>
    </message>
    <message>
        <source>OKX says this is a demo-trading key. Choose Demo trading to use it.</source>
        <translation>OKX 显示这是模拟盘 Key。请选择“模拟盘交易”来使用它。</translation>
    </message>
    <message>
        <source>OKX says this is a live-trading key. Choose Live trading to use it.</source>
        <translation>OKX 显示这是实盘 Key。请选择“实盘交易”来使用它。</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球站</translation>
    </message>
    <message>
        <source>EEA (Europe)</source>
        <translation>欧洲经济区站（EEA）</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国站</translation>
    </message>
    <message>
        <source>This wizard helps you create an OKX API key for this app, checks that the key works and stores it in the app&apos;s encrypted vault file on this computer. It takes about five minutes.</source>
        <translation>本向导帮助您为本应用创建 OKX API Key，检查 Key 是否可用，并将其保存在这台电脑上本应用的加密保险库文件中。大约需要五分钟。</translation>
    </message>
    <message>
        <source>This wizard helps you create an OKX API key for this app, checks that the key works and stores it in your system&apos;s keychain. It takes about five minutes.</source>
        <translation>本向导帮助您为本应用创建 OKX API Key，检查 Key 是否可用，并将其保存在系统钥匙串中。大约需要五分钟。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>站点(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>{region} — you log in at {host}</source>
        <translation>{region} — 您在 {host} 登录</translation>
    </message>
    <message>
        <source>Choose the site you log in to: look at your browser&apos;s address bar. A key works only on the site that issued it.</source>
        <translation>请选择您登录的网站：看一下浏览器的地址栏。Key 只能在签发它的站点使用。</translation>
    </message>
    <message>
        <source>Live trading (real funds)</source>
        <translation>实盘交易（真实资金）</translation>
    </message>
    <message>
        <source>Demo trading (play money)</source>
        <translation>模拟盘交易（虚拟资金）</translation>
    </message>
    <message>
        <source>Demo trading uses simulated funds and separate demo keys: ideal for trying a bot without risk. Live trading uses your real account.</source>
        <translation>模拟盘使用虚拟资金和单独的模拟盘 Key：适合无风险地试用交易机器人。实盘交易使用您的真实账户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need:&lt;/b&gt; your OKX login with two-factor authentication, the OKX web site open in your browser, and a safe place to note the passphrase you choose for the key.</source>
        <translation>&lt;b&gt;您需要：&lt;/b&gt;已开启双重验证的 OKX 账户、在浏览器中打开的 OKX 网站，以及一个安全的地方来记下您为 Key 设置的 Passphrase。</translation>
    </message>
    <message>
        <source>I trade spot only (skip the futures account settings)</source>
        <translation>我只做现货交易（跳过合约账户设置）</translation>
    </message>
    <message>
        <source>Ticked for OKX US: the app treats the US site as spot only, so the futures account settings are skipped. Confirm on app.okx.com that your account trades spot only.</source>
        <translation>已为 OKX 美国站勾选：本应用将美国站视为只提供现货交易，因此跳过合约账户设置。请在 app.okx.com 上确认您的账户只交易现货。</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>使用此项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Use the detected region or environment</source>
        <translation>使用检测到的站点或环境</translation>
    </message>
</context>
<context>
    <name>UseWithDialog</name>
    <message>
        <source>Use “{label}” with a bot</source>
        <translation>将“{label}”用于交易机器人</translation>
    </message>
    <message>
        <source>The command that starts your bot; edit it as you need.</source>
        <translation>启动机器人的命令，可按需修改。</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>工具(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Start your bot through OKX Key Manager: it puts the key in the bot&apos;s environment only, so no file holds it.</source>
        <translation>通过 OKX Key Manager 启动您的机器人：Key 只放入机器人的环境变量中，不会写进任何文件。</translation>
    </message>
    <message>
        <source>MCP client configuration (Claude Desktop, Cursor…):</source>
        <translation>MCP 客户端配置（Claude Desktop、Cursor…）：</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>命令行：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Any program running under your user account can read a running bot&apos;s environment. Give bots a key that can trade but not withdraw, bound to your server&apos;s IP address.</source>
        <translation>以您的用户账户运行的任何程序都能读取正在运行的机器人的环境变量。请给机器人使用只能交易、不能提现，并绑定服务器 IP 地址的 Key。</translation>
    </message>
    <message>
        <source>systemd service (the vault password comes from an encrypted credential):</source>
        <translation>systemd 服务（保险库密码来自加密的凭据）：</translation>
    </message>
    <message>
        <source>systemd user service (needs your keychain unlocked):</source>
        <translation>systemd 用户服务（需要钥匙串已解锁）：</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check the connection</source>
        <translation>检查连接</translation>
    </message>
    <message>
        <source>The check stopped on an unexpected error ({kind}).</source>
        <translation>检查因意外错误而中止（{kind}）。</translation>
    </message>
    <message>
        <source>Change OKX settings?</source>
        <translation>修改 OKX 设置？</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Changing the setting, then checking again…</source>
        <translation>正在修改设置，然后重新检查…</translation>
    </message>
    <message>
        <source>Check stopped. Press “Check again” when you are ready.</source>
        <translation>检查已停止。准备好后请点击“重新检查”。</translation>
    </message>
    <message>
        <source>Connected: the key works. Press Next to save it.</source>
        <translation>已连接：Key 可以使用。点击“下一步”保存。</translation>
    </message>
    <message>
        <source>The key cannot be used yet: see below.</source>
        <translation>此 Key 暂时无法使用：请看下方说明。</translation>
    </message>
    <message>
        <source>Change the region</source>
        <translation>更改站点</translation>
    </message>
    <message>
        <source>Change the environment</source>
        <translation>更改环境</translation>
    </message>
    <message>
        <source>Correct the keys</source>
        <translation>修改 Key</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>创建新的 Key</translation>
    </message>
    <message>
        <source>Change the account settings</source>
        <translation>更改账户设置</translation>
    </message>
    <message>
        <source>Use a key of another account?</source>
        <translation>使用另一个账户的 Key？</translation>
    </message>
    <message>
        <source>Saving it replaces the saved key: every bot using this connection will then trade on that account. Save it only if that is what you want.</source>
        <translation>保存它会替换已保存的 Key：之后所有使用此连接的机器人都会在那个账户上交易。只有确实需要时才保存。</translation>
    </message>
    <message>
        <source>Account mode: {old} → {new}</source>
        <extracomment>{old}, {new}: OKX&apos;s account mode names, e.g. Spot mode → Spot and futures mode.</extracomment>
        <translation>账户模式：{old} → {new}</translation>
    </message>
    <message>
        <source>Position mode: long/short → one-way</source>
        <translation>持仓方式：开平仓模式 → 买卖模式</translation>
    </message>
    <message>
        <source>Change these settings of this OKX account?

{changes}

OKX refuses while positions or orders are open. Nothing else changes.</source>
        <translation>要修改此 OKX 账户的以下设置吗？

{changes}

有持仓或挂单时 OKX 会拒绝修改。其他设置都不会改变。</translation>
    </message>
    <message>
        <source>OKX&apos;s site is open: go to {path}.</source>
        <extracomment>{path}: OKX&apos;s menu path, e.g. Profile &gt; API and connections.</extracomment>
        <translation>已打开 OKX 网站：请依次进入 {path}。</translation>
    </message>
    <message>
        <source>Open OKX&apos;s API page</source>
        <translation>打开 OKX 的 API 页面</translation>
    </message>
    <message>
        <source>The app changed only the settings you confirmed. The checks themselves send signed, read-only requests.</source>
        <translation>本应用只修改了您确认过的设置。检查本身只发送已签名的只读请求。</translation>
    </message>
    <message>
        <source>The app now sends a few signed, read-only requests to OKX. Nothing in your account is changed.</source>
        <translation>本应用现在会向 OKX 发送几个已签名的只读请求。您的账户不会有任何改动。</translation>
    </message>
    <message>
        <source>SIMULATOR: these checks run against the built-in simulator, not OKX.</source>
        <translation>模拟器：这些检查针对内置模拟器运行，而不是 OKX。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Check the connection again</source>
        <translation>重新检查连接</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <source>&amp;Fix it for me</source>
        <translation>替我修复(&amp;F)</translation>
    </message>
    <message>
        <source>Change the differing account settings for me</source>
        <translation>替我修改不一致的账户设置</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Discard the key?</source>
        <translation>放弃输入的 Key？</translation>
    </message>
    <message>
        <source>The API key, secret key or passphrase you entered will be forgotten. OKX shows the secret key only once: keep OKX&apos;s page open or note it first.</source>
        <translation>您输入的 API Key、Secret Key 或 Passphrase 将被丢弃。OKX 只显示一次 Secret Key：请保持 OKX 页面打开，或先把它记下来。</translation>
    </message>
    <message>
        <source>Connect an OKX account</source>
        <translation>连接 OKX 账户</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>SIMULATOR</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Connected to the built-in simulator, not to OKX.</source>
        <translation>已连接到内置模拟器，而不是 OKX。</translation>
    </message>
</context>
<context>
    <name>bots</name>
    <message>
        <source>The values are encrypted by the bot itself: enter the key again with “okx-key-manager add”, then remove it from the bot&apos;s configuration.</source>
        <translation>这些值由机器人自己加密：请用“okx-key-manager add”重新输入此 Key，然后将它从机器人的配置中删除。</translation>
    </message>
    <message>
        <source>Only part of a key was found (an API key, secret key and passphrase are all needed).</source>
        <translation>只找到 Key 的一部分（需要 API Key、Secret Key 和 Passphrase 三者齐全）。</translation>
    </message>
    <message>
        <source>Left alone: passivbot reads this file itself, from its working folder, during the whole run. Save the key with “okx-key-manager add”, remove the file, and start passivbot through “okx-key-manager run LABEL --as passivbot”: it then gets a 0600 api-keys.json in memory for the run only (docs/bots.md).</source>
        <translation>未改动：passivbot 在整个运行期间都会从其工作文件夹读取此文件。请用“okx-key-manager add”保存此 Key，删除此文件，再通过“okx-key-manager run LABEL --as passivbot”启动 passivbot：它将只在本次运行期间获得一个位于内存中、权限为 0600 的 api-keys.json（见 docs/bots.md）。</translation>
    </message>
    <message>
        <source>This may be an OKX key, but not in a file format the app rewrites: check it, save it with “okx-key-manager add”, and remove it by hand.</source>
        <translation>这可能是 OKX Key，但所在文件的格式本应用无法改写：请核对后用“okx-key-manager add”保存，再手动删除。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file (missing, too big or binary).</source>
        <translation>无法以文本文件读取 {path}（不存在、过大或是二进制文件）。</translation>
    </message>
    <message>
        <source>{path} changed while its keys were checked, so it was left as it is. The keys are saved: run the migration again to remove them from it.</source>
        <translation>验证 Key 期间 {path} 被修改，因此保持原样。Key 已保存：请再次迁移，把它们从文件中删除。</translation>
    </message>
    <message>
        <source>{path} could not be rewritten ({reason}); it is unchanged. The keys are saved: remove them from the file by hand.</source>
        <translation>无法改写 {path}（{reason}），文件未改变。Key 已保存：请手动从文件中删除它们。</translation>
    </message>
    <message>
        <source>freqtrade cannot use an OKX demo-trading key (OKX answers “APIKey does not match current environment”). Use freqtrade&apos;s dry-run mode with a live key, ideally read-only.</source>
        <translation>freqtrade 无法使用 OKX 模拟盘 Key（OKX 会回复“APIKey does not match current environment”）。请用实盘 Key（最好是只读的）配合 freqtrade 的 dry-run 模式。</translation>
    </message>
    <message>
        <source>passivbot connects to OKX Global (www.okx.com) only; this key belongs to another OKX region and would be refused there.</source>
        <translation>passivbot 只连接 OKX 全球站（www.okx.com）；此 Key 属于另一个 OKX 站点，在那里会被拒绝。</translation>
    </message>
    <message>
        <source>passivbot has no OKX demo-trading mode: it would send this demo key to live trading, where OKX refuses it. Use a live key.</source>
        <translation>passivbot 不支持 OKX 模拟盘：它会把这个模拟盘 Key 发到实盘，而 OKX 会拒绝。请改用实盘 Key。</translation>
    </message>
    <message>
        <source>freqtrade would read this secret key as a number and send a wrong signature. Put it in freqtrade&apos;s configuration file instead, or create a new key.</source>
        <translation>freqtrade 会把这个 Secret Key 当成数字读取，从而发出错误的签名。请改为写入 freqtrade 的配置文件，或创建新 Key。</translation>
    </message>
    <message>
        <source>The app cannot rewrite this file as it is (a notebook, UTF-16 text, or bytes that are not UTF-8): save the key with “okx-key-manager add”, then remove it by hand.</source>
        <translation>本应用无法按原样改写此文件（笔记本文件、UTF-16 文本，或含有非 UTF-8 字节）：请用“okx-key-manager add”保存该密钥，然后手动将其从文件中删除。</translation>
    </message>
</context>
<context>
    <name>connections</name>
    <message>
        <source>No saved connection is called “{label}”. See the names with “okx-key-manager list”.</source>
        <translation>没有名为“{label}”的已保存连接。请用“okx-key-manager list”查看所有名称。</translation>
    </message>
    <message>
        <source>There is no vault file at {path}.</source>
        <translation>{path} 处没有保险库文件。</translation>
    </message>
    <message>
        <source>This key can withdraw funds, so it is not saved: anyone who obtains it could move your money out of OKX. Delete it on OKX and create a new one with only Read and Trade.</source>
        <translation>此 Key 可以提现资金，因此不予保存：任何拿到它的人都可能把您的资金转出 OKX。请在 OKX 上删除它，并新建一个只有读取和交易权限的 Key。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>验证已取消。</translation>
    </message>
    <message>
        <source>The key did not pass the check.</source>
        <translation>此 Key 未通过验证。</translation>
    </message>
    <message>
        <source>This key is already saved as “{label}”.</source>
        <translation>此 Key 已保存为“{label}”。</translation>
    </message>
    <message>
        <source>The check stopped before it finished: the app&apos;s checking process ended. Check the connection again.</source>
        <translation>检查未完成就停止了：本应用负责检查的后台进程已结束。请重新检查此连接。</translation>
    </message>
</context>
<context>
    <name>issuing</name>
    <message>
        <source>A key was being created on OKX (sub-account {sub}, note {note}, {at}) when the app stopped: OKX may hold a key whose secret no app has. Delete it: okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>本应用停止时，正在 OKX 上创建一个 Key（子账户 {sub}，备注名 {note}，{at}）：OKX 上可能有一个任何应用都没有其 Secret Key 的 Key。请删除它：okx-key-manager keys --from {manager} --clean-up --yes</translation>
    </message>
    <message>
        <source>“{label}” was rotated, but its old key (note {note}, sub-account {sub}) may still be on OKX. Delete it: okx-key-manager keys --from MANAGER --clean-up --yes</source>
        <translation>“{label}”已轮换，但它的旧 Key（备注名 {note}，子账户 {sub}）可能仍在 OKX 上。请删除它：okx-key-manager keys --from MANAGER --clean-up --yes</translation>
    </message>
    <message>
        <source>Cleaning up on OKX</source>
        <translation>在 OKX 上清理</translation>
    </message>
    <message>
        <source>issued here</source>
        <translation>由本应用创建</translation>
    </message>
    <message>
        <source>changed on OKX</source>
        <translation>已在 OKX 上修改</translation>
    </message>
    <message>
        <source>unknown to the app</source>
        <translation>本应用未知</translation>
    </message>
    <message>
        <source>gone from OKX</source>
        <translation>已从 OKX 上消失</translation>
    </message>
    <message>
        <source>left over</source>
        <translation>遗留</translation>
    </message>
    <message>
        <source>Reading the sub-accounts&apos; keys</source>
        <translation>读取子账户的 Key</translation>
    </message>
    <message>
        <source>“{ip}” is not an IP address.</source>
        <translation>“{ip}”不是 IP 地址。</translation>
    </message>
    <message>
        <source>Give the bot server&apos;s public IP addresses, like 203.0.113.7.</source>
        <translation>请提供机器人服务器的公网 IP 地址，例如 203.0.113.7。</translation>
    </message>
    <message>
        <source>No IP address given to bind the key to.</source>
        <translation>没有提供要绑定到该 Key 的 IP 地址。</translation>
    </message>
    <message>
        <source>Give the bot server&apos;s public IP address: a key with Trade and no bound IP is deleted by OKX after 14 days unused.</source>
        <translation>请提供机器人服务器的公网 IP 地址：有交易权限但未绑定 IP 的 Key，连续 14 天未使用会被 OKX 自动删除。</translation>
    </message>
    <message>
        <source>{count} IP addresses given.</source>
        <translation>提供了 {count} 个 IP 地址。</translation>
    </message>
    <message>
        <source>OKX binds at most 20 IP addresses to a key.</source>
        <translation>OKX 每个 Key 最多绑定 20 个 IP 地址。</translation>
    </message>
    <message>
        <source>A saved connection is already called “{label}”.</source>
        <translation>已有一个保存的连接名为“{label}”。</translation>
    </message>
    <message>
        <source>Choose another name for the new key.</source>
        <translation>请为新 Key 选择另一个名称。</translation>
    </message>
    <message>
        <source>Creating the key on OKX…</source>
        <translation>正在 OKX 上创建 Key…</translation>
    </message>
    <message>
        <source>Checking the new key from here…</source>
        <translation>正在这台电脑上检查新 Key…</translation>
    </message>
    <message>
        <source>OKX did not create the key</source>
        <translation>OKX 未创建该 Key</translation>
    </message>
    <message>
        <source>No answer from OKX while creating the key: {cause}</source>
        <translation>创建 Key 时 OKX 没有应答：{cause}</translation>
    </message>
    <message>
        <source>OKX may have created the key (note {note} in sub-account {sub}) without the app receiving it. See it with: okx-key-manager keys --from {manager}; delete it with: okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>OKX 可能已创建该 Key（子账户 {sub} 中的备注名 {note}），但本应用没有收到。查看：okx-key-manager keys --from {manager}；删除：okx-key-manager keys --from {manager} --clean-up --yes</translation>
    </message>
    <message>
        <source>The new key could not be saved: {cause}</source>
        <translation>无法保存新 Key：{cause}</translation>
    </message>
    <message>
        <source>The key {masked} exists on OKX (sub-account {sub}) but no app holds its secret: delete it with okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>Key {masked} 存在于 OKX 上（子账户 {sub}），但没有任何应用持有它的 Secret Key：请用 okx-key-manager keys --from {manager} --clean-up --yes 删除它</translation>
    </message>
    <message>
        <source>Reading the sub-accounts</source>
        <translation>读取子账户</translation>
    </message>
    <message>
        <source>Creating the sub-account</source>
        <translation>创建子账户</translation>
    </message>
    <message>
        <source>The master account has no sub-account called “{sub}”.</source>
        <translation>主账户没有名为“{sub}”的子账户。</translation>
    </message>
    <message>
        <source>Check the name (upper and lower case count), or create it with --create-sub-account. Sub-accounts: {names}</source>
        <translation>请检查名称（区分大小写），或用 --create-sub-account 创建它。子账户：{names}</translation>
    </message>
    <message>
        <source>“{sub}” is a managed or custody sub-account: its keys are not yours to issue.</source>
        <translation>“{sub}”是托管交易或资产托管子账户：您不能为它创建 Key。</translation>
    </message>
    <message>
        <source>Choose a standard sub-account.</source>
        <translation>请选择一个标准子账户。</translation>
    </message>
    <message>
        <source>{what}: {cause}</source>
        <translation>{what}：{cause}</translation>
    </message>
    <message>
        <source>A manager key is a key of your master (main) account with Read and Trade, bound to this computer&apos;s IP address. Through it the app creates, changes and deletes your sub-accounts&apos; API keys — and the same key can also trade your master account. Keep it in the strongest storage you have (a vault file, or a keychain that asks before each use); the app asks before every use that creates, changes or deletes a key. If this computer&apos;s IP address changes, bind the new one to the key on OKX&apos;s web site.</source>
        <translation>管理 Key 是您主账户的一个 Key，拥有读取和交易权限，并绑定到这台电脑的 IP 地址。本应用通过它创建、修改和删除您子账户的 API Key —— 同一个 Key 也可以在您的主账户中交易。请把它保存在您最安全的存储中（保险库文件，或每次使用前都会询问的钥匙串）；每次创建、修改或删除 Key 之前，本应用都会先询问您。如果这台电脑的 IP 地址变了，请在 OKX 网站上把新地址绑定到该 Key。</translation>
    </message>
    <message>
        <source>Checking the manager key</source>
        <translation>检查管理 Key</translation>
    </message>
    <message>
        <source>“{label}” is a key of a sub-account: only a key of the master (main) account can manage sub-accounts&apos; keys.</source>
        <translation>“{label}”是子账户的 Key：只有主账户的 Key 才能管理子账户的 Key。</translation>
    </message>
    <message>
        <source>Create the manager key on your main account.</source>
        <translation>请在您的主账户上创建管理 Key。</translation>
    </message>
    <message>
        <source>“{label}” has no Trade permission: OKX creates sub-accounts&apos; keys only for a key with Trade.</source>
        <translation>“{label}”没有交易权限：OKX 只为有交易权限的 Key 创建子账户的 Key。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and tick Trade.</source>
        <translation>请在 OKX 上编辑该 Key 并勾选交易。</translation>
    </message>
    <message>
        <source>“{label}” is not bound to an IP address: OKX lets only IP-bound keys create, change or delete sub-accounts&apos; keys.</source>
        <translation>“{label}”未绑定 IP 地址：OKX 只允许绑定了 IP 的 Key 创建、修改或删除子账户的 Key。</translation>
    </message>
    <message>
        <source>Bind the manager key to this computer&apos;s IP address first, on OKX&apos;s API page.</source>
        <translation>请先在 OKX 的 API 页面上把管理 Key 绑定到这台电脑的 IP 地址。</translation>
    </message>
    <message>
        <source>“{label}” is not marked as the manager key.</source>
        <translation>“{label}”没有被标记为管理 Key。</translation>
    </message>
    <message>
        <source>Mark it first: okx-key-manager manager {label} --yes</source>
        <translation>请先标记它：okx-key-manager manager {label} --yes</translation>
    </message>
    <message>
        <source>No manager key of the master account {uid} is saved: “{label}” cannot be changed on OKX without one.</source>
        <translation>没有保存主账户 {uid} 的管理 Key：没有它，就无法在 OKX 上修改“{label}”。</translation>
    </message>
    <message>
        <source>Add the master account&apos;s manager key and mark it, then try again.</source>
        <translation>请添加主账户的管理 Key 并标记它，然后重试。</translation>
    </message>
    <message>
        <source>“{label}” was not issued by this app: rotate it with the wizard, or revoke it on OKX&apos;s web site.</source>
        <translation>“{label}”不是由本应用创建的：请用向导轮换它，或在 OKX 网站上撤销它。</translation>
    </message>
    <message>
        <source>Creating the new key on OKX…</source>
        <translation>正在 OKX 上创建新 Key…</translation>
    </message>
    <message>
        <source>Verifying the new key…</source>
        <translation>正在验证新 Key…</translation>
    </message>
    <message>
        <source>Deleting the old key on OKX…</source>
        <translation>正在 OKX 上删除旧 Key…</translation>
    </message>
    <message>
        <source>The new key did not work</source>
        <translation>新 Key 无法使用</translation>
    </message>
    <message>
        <source>OKX does not list the new key as it was asked.</source>
        <translation>OKX 列出的新 Key 与请求的不一致。</translation>
    </message>
    <message>
        <source>The rotation stopped</source>
        <translation>轮换已停止</translation>
    </message>
    <message>
        <source>The rotation stopped: {cause}</source>
        <translation>轮换已停止：{cause}</translation>
    </message>
    <message>
        <source>Nothing changed in the app: the old key is still saved and works.</source>
        <translation>本应用中没有任何变化：旧 Key 仍已保存且可用。</translation>
    </message>
    <message>
        <source>{kept} The new key {masked} is still on OKX (sub-account {sub}): delete it with okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>{kept}新 Key {masked} 仍在 OKX 上（子账户 {sub}）：请用 okx-key-manager keys --from {manager} --clean-up --yes 删除它</translation>
    </message>
    <message>
        <source>{kept} The new key was deleted on OKX.</source>
        <translation>{kept}新 Key 已在 OKX 上删除。</translation>
    </message>
    <message>
        <source>OKX still lists the old key after deleting it.</source>
        <translation>删除后 OKX 仍列出旧 Key。</translation>
    </message>
    <message>
        <source>The new key is saved and works, but the old key could not be deleted on OKX: {cause}</source>
        <translation>新 Key 已保存且可用，但无法在 OKX 上删除旧 Key：{cause}</translation>
    </message>
    <message>
        <source>The old key (note {note}, sub-account {sub}) is still on OKX: delete it with okx-key-manager keys --from MANAGER --clean-up --yes</source>
        <translation>旧 Key（备注名 {note}，子账户 {sub}）仍在 OKX 上：请用 okx-key-manager keys --from MANAGER --clean-up --yes 删除它</translation>
    </message>
    <message>
        <source>“{label}” was not revoked</source>
        <translation>“{label}”未被撤销</translation>
    </message>
    <message>
        <source>OKX no longer knew “{label}” (deleted on its web site?): removed from the app.</source>
        <translation>OKX 已不认识“{label}”（已在其网站上删除？）：已从本应用中移除。</translation>
    </message>
    <message>
        <source>Confirming the deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>OKX still lists “{label}” after deleting it: it stays saved.</source>
        <translation>删除后 OKX 仍列出“{label}”：它仍保存在本应用中。</translation>
    </message>
    <message>
        <source>Revoked before the failure: {count}. Run the command again.</source>
        <translation>失败前已撤销：{count} 个。请再次运行该命令。</translation>
    </message>
</context>
<context>
    <name>manager</name>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>To be checked from the server: this computer&apos;s IP address is not bound to the key. Start the bot with it there.</source>
        <translation>待在服务器上检查：这台电脑的 IP 地址未绑定到该 Key。请在服务器上用它启动机器人。</translation>
    </message>
    <message>
        <source>Imported from a backup: last checked on another computer ({date}), not yet on this one.</source>
        <translation>从备份导入：上次是在另一台电脑上检查的（{date}），尚未在这台电脑上检查。</translation>
    </message>
    <message>
        <source>{days} days left under OKX&apos;s 14-day rule: OKX&apos;s documentation says a Trade or Withdraw key without bound IPs is deleted after 14 days unused (the rule may have changed). The days count from this app&apos;s last check, but OKX does not say whether read-only requests such as these checks count as use: bind an IP address on OKX to keep the key.</source>
        <extracomment>The list shows the words before the first colon (： too): keep one there.</extracomment>
        <translation>按 OKX 的 14 天规则还剩 {days} 天：根据 OKX 文档，未绑定 IP 的交易或提现权限 Key 在 14 天未使用后会被自动删除（此规则可能已有变化）。天数从本应用上次检查时算起，但 OKX 并未说明这类只读请求是否算作使用：请在 OKX 上绑定 IP 地址，以免此 Key 被删除。</translation>
    </message>
    <message>
        <source>Unused for 14 days or more: under OKX&apos;s documented 14-day rule this key may have been deleted. Check it; if it is gone, rotate it.</source>
        <extracomment>The list shows the words before the first colon (： too): keep one there.</extracomment>
        <translation>已 14 天或更久未使用：按 OKX 文档中的 14 天规则，此 Key 可能已被自动删除。请检查它；如果已不存在，请轮换。</translation>
    </message>
    <message>
        <source>This key is {days} days old: rotate it (replace it with a new key).</source>
        <translation>此 Key 已创建 {days} 天：请轮换（换成新的 Key）。</translation>
    </message>
    <message>
        <source>The copy of “{label}” did not read back the same, so nothing was moved. Your keys are still where they were.</source>
        <translation>“{label}”的副本读回后不一致，因此没有移动任何内容。您的 Key 仍在原处。</translation>
    </message>
</context>
<context>
    <name>okx</name>
    <message>
        <source>OKX answered from {host} in {ms} ms.</source>
        <translation>OKX 已从 {host} 应答，用时 {ms} 毫秒。</translation>
    </message>
    <message>
        <source>OKX&apos;s time could not be read.</source>
        <translation>无法读取 OKX 的时间。</translation>
    </message>
    <message>
        <source>Your clock is within {seconds} s of OKX&apos;s time.</source>
        <translation>您的时钟与 OKX 的时间相差在 {seconds} 秒以内。</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is {seconds} s ahead of OKX&apos;s time. The app corrects for this, but OKX refuses requests whose time is too far off, so other trading tools may fail.</source>
        <translation>您电脑的时钟比 OKX 的时间快 {seconds} 秒。本应用会自动校正，但 OKX 会拒绝时间偏差过大的请求，因此其他交易工具可能会失败。</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is {seconds} s behind OKX&apos;s time. The app corrects for this, but OKX refuses requests whose time is too far off, so other trading tools may fail.</source>
        <translation>您电脑的时钟比 OKX 的时间慢 {seconds} 秒。本应用会自动校正，但 OKX 会拒绝时间偏差过大的请求，因此其他交易工具可能会失败。</translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your system settings.</source>
        <translation>请在系统设置中开启自动设置日期和时间。</translation>
    </message>
    <message>
        <source>OKX knows this API key.</source>
        <translation>此 API Key 在 OKX 上存在。</translation>
    </message>
    <message>
        <source>This is a demo trading key: it trades virtual funds.</source>
        <translation>这是模拟盘 Key：交易的是虚拟资金。</translation>
    </message>
    <message>
        <source>This is a live trading key: it trades real funds.</source>
        <translation>这是实盘 Key：交易的是真实资金。</translation>
    </message>
    <message>
        <source>The key belongs to OKX {region} ({site}).</source>
        <translation>此 Key 属于 OKX {region}（{site}）。</translation>
    </message>
    <message>
        <source>The passphrase is correct.</source>
        <translation>Passphrase 正确。</translation>
    </message>
    <message>
        <source>The secret key is correct: OKX accepted the request&apos;s signature.</source>
        <translation>Secret Key 正确：OKX 接受了请求的签名。</translation>
    </message>
    <message>
        <source>This key belongs to OKX {region} ({site}), not to OKX {chosen}.</source>
        <extracomment>{region}, {chosen}: translated region names (Global, EEA, US); {site}: an address.</extracomment>
        <translation>此 Key 属于 OKX {region}（{site}），而不是 OKX {chosen}。</translation>
    </message>
    <message>
        <source>Choose {region} as your region: it is the OKX site you log in to.</source>
        <translation>请选择 {region} 作为站点：也就是您登录的 OKX 网站。</translation>
    </message>
    <message>
        <source>This is a demo trading key, but live trading was chosen.</source>
        <translation>这是模拟盘 Key，但选择的是实盘。</translation>
    </message>
    <message>
        <source>Choose demo trading to use this key, or create a live key on OKX&apos;s API page (outside Demo Trading).</source>
        <translation>请选择模拟盘来使用此 Key，或在 OKX 的 API 页面（模拟交易之外）创建实盘 Key。</translation>
    </message>
    <message>
        <source>This is a live trading key, but demo trading was chosen.</source>
        <translation>这是实盘 Key，但选择的是模拟盘。</translation>
    </message>
    <message>
        <source>Choose live trading to use this key, or create a demo key under Demo Trading on OKX.</source>
        <translation>请选择实盘来使用此 Key，或在 OKX 的“模拟交易”中创建模拟盘 Key。</translation>
    </message>
    <message>
        <source>This key can WITHDRAW funds: anyone who obtains it could move your money out of OKX.</source>
        <translation>此 Key 拥有提现权限：任何拿到它的人都可能把您的资金转出 OKX。</translation>
    </message>
    <message>
        <source>Delete this key on OKX and create a new one with only Read and Trade. This app never needs Withdraw.</source>
        <translation>请在 OKX 上删除此 Key，并新建一个只有读取和交易权限的 Key。本应用从不需要提现权限。</translation>
    </message>
    <message>
        <source>The key lacks the Read permission the app needs.</source>
        <translation>此 Key 缺少应用所需的读取权限。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and tick Read.</source>
        <translation>请在 OKX 上编辑此 Key 并勾选“读取”。</translation>
    </message>
    <message>
        <source>The key can only read: balances show, but orders cannot be placed.</source>
        <translation>此 Key 只能读取：可以显示余额，但无法下单。</translation>
    </message>
    <message>
        <source>To trade from this app, edit the key on OKX and tick Trade.</source>
        <translation>如需在本应用中交易，请在 OKX 上编辑此 Key 并勾选“交易”。</translation>
    </message>
    <message>
        <source>The key can read and trade, and cannot withdraw.</source>
        <translation>此 Key 可以读取和交易，不能提现。</translation>
    </message>
    <message>
        <source>The key only works from {ips}.</source>
        <translation>此 Key 只能从 {ips} 使用。</translation>
    </message>
    <message>
        <source>The key is not bound to an IP address. Demo keys never expire.</source>
        <translation>此 Key 未绑定 IP 地址。模拟盘 Key 永不过期。</translation>
    </message>
    <message>
        <source>The key is not bound to an IP address. OKX&apos;s 14-day rule for unbound keys does not apply to read-only keys.</source>
        <translation>此 Key 未绑定 IP 地址。OKX 针对未绑定 IP 的 Key 的 14 天规则不适用于只读 Key。</translation>
    </message>
    <message>
        <source>The key is not bound to an IP address, so it works from anywhere. OKX&apos;s documentation says such keys with Trade or Withdraw permission are deleted after 14 days without use (the rule may have changed).</source>
        <translation>此 Key 未绑定 IP 地址，因此可以从任何地方使用。根据 OKX 文档，这类拥有交易或提现权限的 Key 在 14 天未使用后会被自动删除（此规则可能已有变化）。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and bind it to this computer&apos;s public IP address. OKX does not say whether read-only requests, such as this app&apos;s checks, count as use.</source>
        <translation>请在 OKX 上编辑此 Key，绑定这台电脑的公网 IP 地址。OKX 并未说明只读请求（例如本应用的检查）是否算作使用。</translation>
    </message>
    <message>
        <source>Spot mode</source>
        <translation>现货模式</translation>
    </message>
    <message>
        <source>Spot and futures mode</source>
        <translation>合约模式</translation>
    </message>
    <message>
        <source>Multi-currency margin mode</source>
        <translation>跨币种保证金模式</translation>
    </message>
    <message>
        <source>Portfolio margin mode</source>
        <translation>组合保证金模式</translation>
    </message>
    <message>
        <source>Account mode: {mode}. Every account mode allows spot trading.</source>
        <translation>账户模式：{mode}。所有账户模式都可以进行现货交易。</translation>
    </message>
    <message>
        <source>Account mode: {mode}, as the guide recommends.</source>
        <translation>账户模式：{mode}，符合指南的建议。</translation>
    </message>
    <message>
        <source>Account mode: {mode}. For futures the guide assumes Spot and futures mode (which older guides call single-currency margin).</source>
        <translation>账户模式：{mode}。交易合约时，指南假定使用合约模式（较早的教程称之为“单币种保证金模式”）。</translation>
    </message>
    <message>
        <source>Let the app switch to Spot and futures mode. OKX refuses while positions or orders are open, and the very first switch to a mode must be made once on OKX&apos;s web site or app.</source>
        <translation>让本应用切换到合约模式。有持仓或挂单时 OKX 会拒绝切换；而且首次切换到某个模式必须先在 OKX 网站或 App 上操作一次。</translation>
    </message>
    <message>
        <source>Position mode: not used for spot trading, so left as it is.</source>
        <translation>持仓方式：现货交易用不到，因此保持不变。</translation>
    </message>
    <message>
        <source>Position mode: one-way, as the guide recommends.</source>
        <translation>持仓方式：买卖模式，符合指南的建议。</translation>
    </message>
    <message>
        <source>Position mode: long/short, so a contract can hold a long and a short position at once. The guide assumes one-way mode.</source>
        <translation>持仓方式：开平仓模式，同一合约可同时持有多头和空头仓位。指南假定使用买卖模式。</translation>
    </message>
    <message>
        <source>Let the app switch to one-way mode. OKX allows it only when no positions or orders are open.</source>
        <translation>让本应用切换到买卖模式。只有在没有持仓和挂单时 OKX 才允许切换。</translation>
    </message>
    <message>
        <source>This key belongs to a sub-account (UID {uid}) of main account {main_uid}: the balances shown are the sub-account&apos;s.</source>
        <translation>此 Key 属于主账户 {main_uid} 的子账户（UID {uid}）：显示的是子账户的余额。</translation>
    </message>
    <message>
        <source>This key belongs to your main account (UID {uid}).</source>
        <translation>此 Key 属于您的主账户（UID {uid}）。</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed.</source>
        <translation>未检查：前面的步骤失败了。</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>未检查：检查已被取消。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请等一分钟后再试。</translation>
    </message>
    <message>
        <source>This is a fault in the app, not in your key. Please report it to the app&apos;s developers.</source>
        <translation>这是应用的故障，不是您的 Key 的问题。请报告给应用的开发者。</translation>
    </message>
    <message>
        <source>OKX is temporarily unavailable, probably for maintenance.</source>
        <translation>OKX 暂时不可用，可能正在维护。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. OKX announces maintenance on its status page.</source>
        <translation>请过几分钟再试。OKX 会在其状态页面公布维护信息。</translation>
    </message>
    <message>
        <source>OKX took too long to answer this request.</source>
        <translation>OKX 响应此请求的时间过长。</translation>
    </message>
    <message>
        <source>OKX could not read the request: it was not sent as JSON (Content-Type).</source>
        <translation>OKX 无法读取该请求：它没有以 JSON 格式（Content-Type）发送。</translation>
    </message>
    <message>
        <source>Too many requests were sent to OKX in a short time.</source>
        <translation>短时间内向 OKX 发送的请求过多。</translation>
    </message>
    <message>
        <source>OKX&apos;s systems are busy right now.</source>
        <translation>OKX 的系统目前繁忙。</translation>
    </message>
    <message>
        <source>OKX reported an internal system error.</source>
        <translation>OKX 报告了内部系统错误。</translation>
    </message>
    <message>
        <source>This request needs an API key that is bound to an IP address.</source>
        <translation>此请求需要一个绑定了 IP 地址的 API Key。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and add this computer&apos;s public IP address, or create a new key bound to it.</source>
        <translation>请在 OKX 上编辑此 Key 并添加这台电脑的公网 IP 地址，或新建一个绑定该地址的 Key。</translation>
    </message>
    <message>
        <source>This feature is not available in demo trading.</source>
        <translation>此功能在模拟盘中不可用。</translation>
    </message>
    <message>
        <source>Use a live trading key for this feature.</source>
        <translation>请使用实盘 Key 来使用此功能。</translation>
    </message>
    <message>
        <source>OKX has frozen this API key.</source>
        <translation>OKX 已冻结此 API Key。</translation>
    </message>
    <message>
        <source>Open the API page on OKX to see why, or contact OKX support. You can also delete the key and create a new one.</source>
        <translation>请打开 OKX 的 API 页面查看原因，或联系 OKX 客服。您也可以删除此 Key 并新建一个。</translation>
    </message>
    <message>
        <source>This key belongs to the other trading environment (demo versus live).</source>
        <translation>此 Key 属于另一个交易环境（模拟盘与实盘）。</translation>
    </message>
    <message>
        <source>Demo trading keys only work in demo mode and live keys only in live mode: choose the environment the key was created in.</source>
        <translation>模拟盘 Key 只能在模拟盘使用，实盘 Key 只能在实盘使用：请选择创建 Key 时所在的环境。</translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your system settings, then try again.</source>
        <translation>请在系统设置中开启自动设置日期和时间，然后重试。</translation>
    </message>
    <message>
        <source>The request reached OKX without the API key.</source>
        <translation>请求到达 OKX 时缺少 API Key。</translation>
    </message>
    <message>
        <source>The request reached OKX without the passphrase.</source>
        <translation>请求到达 OKX 时缺少 Passphrase。</translation>
    </message>
    <message>
        <source>The passphrase does not match this API key.</source>
        <translation>Passphrase 与此 API Key 不匹配。</translation>
    </message>
    <message>
        <source>Enter the passphrase you set when you created this key on OKX. OKX cannot show it again: if it is lost, create a new key.</source>
        <translation>请输入您在 OKX 上创建此 Key 时设置的 Passphrase。OKX 无法再次显示它：如果遗失，请新建一个 Key。</translation>
    </message>
    <message>
        <source>The request reached OKX without its signature.</source>
        <translation>请求到达 OKX 时缺少签名。</translation>
    </message>
    <message>
        <source>The request reached OKX without its timestamp.</source>
        <translation>请求到达 OKX 时缺少时间戳。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not in the list of addresses bound to the key.</source>
        <translation>这台电脑的 IP 地址不在此 Key 绑定的地址列表中。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and add this computer&apos;s public IP address. If your address changes often (home internet, travel), create a key bound to an address you keep.</source>
        <translation>请在 OKX 上编辑此 Key 并添加这台电脑的公网 IP 地址。如果您的地址经常变化（家庭宽带、出行），请创建绑定到固定地址的 Key。</translation>
    </message>
    <message>
        <source>OKX does not recognise this API key.</source>
        <translation>OKX 无法识别此 API Key。</translation>
    </message>
    <message>
        <source>Copy the API key again from OKX&apos;s API page. Check that it was not pasted into the secret key field by mistake and that no character is missing.</source>
        <translation>请从 OKX 的 API 页面重新复制 API Key。检查它是否被误粘贴到 Secret Key 栏，以及是否缺少字符。</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again. OKX counts some limits per account (User ID): requests made with every key of this account, by any program, count together.</source>
        <translation>请等几秒钟再试。OKX 的部分限额按账户（User ID）计算：此账户所有 Key 发出的请求，无论来自哪个程序，都合并计算。</translation>
    </message>
    <message>
        <source>OKX refused the request as expired: your computer&apos;s clock is too far from OKX&apos;s time.</source>
        <translation>OKX 以请求已过期为由拒绝：您电脑的时钟与 OKX 的时间相差太大。</translation>
    </message>
    <message>
        <source>OKX could not read the request&apos;s timestamp: it was not in OKX&apos;s format.</source>
        <translation>OKX 无法读取该请求的时间戳：格式不符合 OKX 的要求。</translation>
    </message>
    <message>
        <source>The request&apos;s signature is wrong: the secret key does not match this API key.</source>
        <translation>请求的签名错误：Secret Key 与此 API Key 不匹配。</translation>
    </message>
    <message>
        <source>Copy the secret key again from the note you made when creating the key. OKX shows it only once: if it is lost, create a new key.</source>
        <translation>请从您创建 Key 时所做的记录中重新复制 Secret Key。OKX 只显示一次：如果遗失，请新建一个 Key。</translation>
    </message>
    <message>
        <source>OKX refused the request&apos;s authorisation.</source>
        <translation>OKX 拒绝了请求的授权。</translation>
    </message>
    <message>
        <source>Enter the API key, secret key and passphrase again, exactly as OKX gave them.</source>
        <translation>请按 OKX 给出的内容，重新准确输入 API Key、Secret Key 和 Passphrase。</translation>
    </message>
    <message>
        <source>A third-party app connected through OKX&apos;s Fast API may create only one API key for your account, and it already has one.</source>
        <translation>通过 OKX Fast API 关联的第三方应用只能为您的账户创建一个 API Key，而它已经创建过了。</translation>
    </message>
    <message>
        <source>Delete the key that app created on OKX&apos;s API page, or create a key yourself with “API trading”.</source>
        <translation>请在 OKX 的 API 页面删除该应用创建的 Key，或自己以“API 交易”用途创建一个 Key。</translation>
    </message>
    <message>
        <source>This key is linked to a third-party app that has not shared its server IP addresses with OKX, so OKX refuses the link.</source>
        <translation>此 Key 关联了一个未向 OKX 提供服务器 IP 地址的第三方应用，因此 OKX 拒绝关联。</translation>
    </message>
    <message>
        <source>For this app, create a key with “API trading”, not “Link a third-party app”: this app runs on your computer, not on an app&apos;s servers.</source>
        <translation>请为本应用创建用途为“API 交易”的 Key，不要选“关联第三方应用”：本应用运行在您的电脑上，而不是某个应用的服务器上。</translation>
    </message>
    <message>
        <source>OKX does not know this API key here: it was deleted, or it belongs to another OKX region (Global, EEA or US).</source>
        <translation>OKX 在此站点找不到此 API Key：它已被删除，或属于 OKX 的另一个站点（全球站、欧洲经济区站或美国站）。</translation>
    </message>
    <message>
        <source>Choose the region of the OKX site you log in to (www.okx.com, my.okx.com or app.okx.com). If the key was deleted, create a new one.</source>
        <translation>请选择您登录的 OKX 网站对应的站点（www.okx.com、my.okx.com 或 app.okx.com）。如果 Key 已被删除，请新建一个。</translation>
    </message>
    <message>
        <source>This API key does not have the permission this request needs.</source>
        <translation>此 API Key 没有此请求所需的权限。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and tick the Read permission (and Trade to place orders). Never tick Withdraw.</source>
        <translation>请在 OKX 上编辑此 Key 并勾选“读取”权限（如需下单还要勾选“交易”）。切勿勾选“提现”。</translation>
    </message>
    <message>
        <source>OKX refuses connections from this computer&apos;s IP address or its country on this site: a question of region, not of the key.</source>
        <translation>OKX 在此站点拒绝来自这台电脑 IP 地址或其所在国家/地区的连接：这是站点的问题，不是 Key 的问题。</translation>
    </message>
    <message>
        <source>Choose the region of the OKX site you log in to (www.okx.com, my.okx.com or app.okx.com): OKX serves each country from one site. A VPN or proxy can also make you appear to be elsewhere.</source>
        <translation>请选择您登录的 OKX 网站对应的站点（www.okx.com、my.okx.com 或 app.okx.com）：OKX 每个国家/地区只由一个站点提供服务。VPN 或代理也可能让您看起来身在别处。</translation>
    </message>
    <message>
        <source>This is not possible in your account&apos;s current trading mode.</source>
        <translation>您账户当前的账户模式不支持此操作。</translation>
    </message>
    <message>
        <source>The first switch to an account mode must be made once on OKX&apos;s web site or app (Trade &gt; Futures, then the settings (gear) icon). After that, the app can switch for you.</source>
        <translation>首次切换到某个账户模式必须在 OKX 网站或 App 上操作一次（交易 &gt; 合约，然后点击设置（齿轮）图标）。之后本应用可以替您切换。</translation>
    </message>
    <message>
        <source>OKX cannot change this setting while you have open positions or open orders.</source>
        <translation>您有持仓或挂单时，OKX 无法更改此设置。</translation>
    </message>
    <message>
        <source>Close your open positions and cancel your open orders on OKX, then try again. Nothing was changed.</source>
        <translation>请在 OKX 上平掉持仓并撤销挂单，然后重试。没有任何改动。</translation>
    </message>
    <message>
        <source>Only the API key of a master account (main account) may manage sub-accounts&apos; keys; this key belongs to a sub-account.</source>
        <translation>只有主账户的 API Key 才能管理子账户的 Key；该 Key 属于子账户。</translation>
    </message>
    <message>
        <source>Create the manager key on your main account (not in a sub-account), bound to this computer&apos;s IP address, with Read and Trade.</source>
        <translation>请在您的主账户（不是子账户）上创建管理 Key，绑定到这台电脑的 IP 地址，并勾选读取和交易。</translation>
    </message>
    <message>
        <source>This sub-account already has an API key with that note name.</source>
        <translation>该子账户已有一个使用此备注名的 API Key。</translation>
    </message>
    <message>
        <source>Choose another name for the key.</source>
        <translation>请为该 Key 选择另一个名称。</translation>
    </message>
    <message>
        <source>An API key can be bound to at most 20 IP addresses.</source>
        <translation>一个 API Key 最多绑定 20 个 IP 地址。</translation>
    </message>
    <message>
        <source>Give at most 20 IP addresses.</source>
        <translation>请最多提供 20 个 IP 地址。</translation>
    </message>
    <message>
        <source>A sub-account&apos;s key cannot have the Withdraw permission.</source>
        <translation>子账户的 Key 不能有提现权限。</translation>
    </message>
    <message>
        <source>OKX refused the passphrase&apos;s format.</source>
        <translation>OKX 拒绝了 Passphrase 的格式。</translation>
    </message>
    <message>
        <source>The passphrase needs 8 to 32 characters with a digit, an upper-case letter, a lower-case letter and a special character.</source>
        <translation>Passphrase 需要 8 到 32 个字符，包含数字、大写字母、小写字母和特殊字符。</translation>
    </message>
    <message>
        <source>OKX does not have this API key in the sub-account.</source>
        <translation>OKX 在该子账户中没有这个 API Key。</translation>
    </message>
    <message>
        <source>It was probably deleted already (on OKX&apos;s web site, or by an earlier run). Compare with the keys OKX lists for the sub-account.</source>
        <translation>它可能已被删除（在 OKX 网站上，或由之前的操作）。请与 OKX 为该子账户列出的 Key 对照。</translation>
    </message>
    <message>
        <source>This master account has no sub-account of that name.</source>
        <translation>该主账户没有这个名称的子账户。</translation>
    </message>
    <message>
        <source>Check the name (6 to 20 letters and digits, upper and lower case count), or create the sub-account first.</source>
        <translation>请检查名称（6 到 20 个字母和数字，区分大小写），或先创建该子账户。</translation>
    </message>
    <message>
        <source>A sub-account with this name already exists.</source>
        <translation>已存在这个名称的子账户。</translation>
    </message>
    <message>
        <source>Choose another name for the new sub-account.</source>
        <translation>请为新子账户选择另一个名称。</translation>
    </message>
    <message>
        <source>This is a managed or custody sub-account: its keys are not yours to issue.</source>
        <translation>这是托管交易或资产托管子账户：您不能为它创建 Key。</translation>
    </message>
    <message>
        <source>Choose a standard sub-account.</source>
        <translation>请选择一个标准子账户。</translation>
    </message>
    <message>
        <source>OKX saw this computer at {ip}, which is not among the IP addresses bound to the key.</source>
        <translation>OKX 看到这台电脑的地址是 {ip}，它不在此 Key 绑定的 IP 地址中。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and add {ip} to its IP addresses. If your address changes often (home internet, travel), create a key bound to an address you keep.</source>
        <translation>请在 OKX 上编辑此 Key，把 {ip} 添加到它的 IP 地址中。如果您的地址经常变化（家庭宽带、出行），请创建绑定到固定地址的 Key。</translation>
    </message>
    <message>
        <source>OKX refuses connections from {ip} (this computer) or its country on this site: a question of region, not of the key.</source>
        <translation>OKX 在此站点拒绝来自 {ip}（这台电脑）或其所在国家/地区的连接：这是站点的问题，不是 Key 的问题。</translation>
    </message>
    <message>
        <source>OKX refused the request: {message}</source>
        <translation>OKX 拒绝了请求：{message}</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, look up OKX code {code} in OKX&apos;s API documentation or ask OKX support.</source>
        <translation>请稍后再试。如果一直出现，请在 OKX 的 API 文档中查找错误码 {code}，或咨询 OKX 客服。</translation>
    </message>
    <message>
        <source>Check that this computer is online. A firewall, VPN or proxy may be blocking the connection.</source>
        <translation>请检查这台电脑是否联网。防火墙、VPN 或代理可能阻止了连接。</translation>
    </message>
    <message>
        <source>The address {host} could not be found.</source>
        <translation>找不到地址 {host}。</translation>
    </message>
    <message>
        <source>Check that this computer is online and that the server address is spelled correctly. Some networks block OKX&apos;s addresses.</source>
        <translation>请检查这台电脑是否联网，以及服务器地址是否拼写正确。有些网络会屏蔽 OKX 的地址。</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} 拒绝了连接。</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its identity could not be checked.</source>
        <translation>与 {host} 的安全连接失败：无法验证其身份。</translation>
    </message>
    <message>
        <source>Check your computer&apos;s date and time. On a company or school network, a proxy may be intercepting secure connections: try another network. Never enter your key on a network you do not trust.</source>
        <translation>请检查电脑的日期和时间。在公司或学校网络中，代理可能在拦截安全连接：请换一个网络。切勿在不信任的网络上输入您的 Key。</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} 在 {seconds} 秒内没有应答。</translation>
    </message>
    <message>
        <source>Check your internet connection and try again in a moment.</source>
        <translation>请检查网络连接，稍后再试。</translation>
    </message>
    <message>
        <source>The app refused to send your key to {host}: the address starts with http://, so anyone on the way could read it.</source>
        <translation>应用已拒绝将您的 Key 发送到 {host}：该地址以 http:// 开头，传输途中任何人都能读取。</translation>
    </message>
    <message>
        <source>Use OKX&apos;s https:// address. Plain http:// is only allowed to this computer (the built-in simulator).</source>
        <translation>请使用 OKX 的 https:// 地址。明文 http:// 只允许用于这台电脑本身（内置模拟器）。</translation>
    </message>
    <message>
        <source>The connection to {host} failed.</source>
        <translation>与 {host} 的连接失败。</translation>
    </message>
    <message>
        <source>OKX&apos;s server had a problem (HTTP {status}).</source>
        <translation>OKX 的服务器出现问题（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of OKX data (HTTP {status}).</source>
        <translation>服务器返回的是网页而不是 OKX 数据（HTTP {status}）。</translation>
    </message>
    <message>
        <source>A captive portal (hotel or café Wi-Fi login), proxy or firewall may be in the way. Open a web page in your browser to check, then try again.</source>
        <translation>可能是强制门户（酒店或咖啡馆 Wi-Fi 登录页）、代理或防火墙造成的。请在浏览器中打开一个网页检查，然后重试。</translation>
    </message>
    <message>
        <source>OKX&apos;s answer could not be read (HTTP {status}).</source>
        <translation>无法读取 OKX 的应答（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, a proxy may be altering the connection, or OKX changed its API: check for an app update.</source>
        <translation>请稍后再试。如果一直出现，可能是代理修改了连接，或 OKX 更改了 API：请检查应用更新。</translation>
    </message>
    <message>
        <source>OKX&apos;s answer was not in the expected form ({what}).</source>
        <translation>OKX 的应答格式不符合预期（{what}）。</translation>
    </message>
    <message>
        <source>OKX may have changed its API: check for an app update. If you use a custom server address, check that it is really OKX.</source>
        <translation>OKX 可能更改了 API：请检查应用更新。如果您使用自定义服务器地址，请确认它确实是 OKX。</translation>
    </message>
    <message>
        <source>The server tried to send the app to another address ({location}). The app never follows redirects, so that your key is only ever sent to OKX.</source>
        <translation>服务器试图把应用重定向到另一个地址（{location}）。应用从不跟随重定向，以确保您的 Key 只会发送给 OKX。</translation>
    </message>
    <message>
        <source>Check the server address and your network: a captive portal or proxy may be redirecting traffic. Use one of OKX&apos;s official addresses.</source>
        <translation>请检查服务器地址和网络：强制门户或代理可能在重定向流量。请使用 OKX 的官方地址。</translation>
    </message>
    <message>
        <source>The API key contains a space, a line break or a character OKX does not use: it was probably copied with extra text.</source>
        <translation>API Key 中含有空格、换行或 OKX 不使用的字符：可能复制时带上了多余的文字。</translation>
    </message>
    <message>
        <source>The secret key starts or ends with a space or a line break: it was probably copied with extra text.</source>
        <translation>Secret Key 的开头或结尾有空格或换行：可能复制时带上了多余的文字。</translation>
    </message>
    <message>
        <source>The passphrase is empty, or contains a space at either end, a line break or a character OKX does not use.</source>
        <translation>Passphrase 为空，或两端有空格，或含有换行或 OKX 不使用的字符。</translation>
    </message>
    <message>
        <source>Enter it again, copying only the value itself, without spaces before or after.</source>
        <translation>请重新输入，只复制值本身，前后不要带空格。</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球站</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>欧洲经济区站</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国站</translation>
    </message>
    <message>
        <source>Profile &gt; API and connections</source>
        <translation>个人资料 &gt; API 与连接</translation>
    </message>
    <message>
        <source>Trade &gt; Demo Trading &gt; Personal Center &gt; Demo Trading API</source>
        <translation>交易 &gt; 模拟交易 &gt; 个人中心 &gt; 模拟盘 API</translation>
    </message>
    <message>
        <source>Trade &gt; Futures, then the settings (gear) icon at the top right</source>
        <translation>交易 &gt; 合约，然后点击右上角的设置（齿轮）图标</translation>
    </message>
    <message>
        <source>Give the server as https://HOST or https://HOST:PORT, nothing more.</source>
        <translation>服务器地址只写 https://主机 或 https://主机:端口，不要加其他内容。</translation>
    </message>
    <message>
        <source>{url} contains a space or a control character.</source>
        <translation>{url} 含有空格或控制字符。</translation>
    </message>
    <message>
        <source>{url} contains a character outside plain ASCII: write an international host name in its xn-- form.</source>
        <translation>{url} 含有非 ASCII 字符：国际化域名请写成 xn-- 形式。</translation>
    </message>
    <message>
        <source>{url} contains a backslash (\), which programs read in different ways.</source>
        <translation>{url} 含有反斜杠（\），不同程序对它的解读不一致。</translation>
    </message>
    <message>
        <source>{url} contains a percent-encoded (%) part: write it plainly.</source>
        <translation>{url} 含有百分号编码（%）的部分：请直接写出原字符。</translation>
    </message>
    <message>
        <source>{url} is not a web address.</source>
        <translation>{url} 不是有效的网址。</translation>
    </message>
    <message>
        <source>{url} must start with https:// (or http:// to this computer).</source>
        <translation>{url} 必须以 https:// 开头（连接本机时可用 http://）。</translation>
    </message>
    <message>
        <source>{url} has user information (user@) before the host: leave it out.</source>
        <translation>{url} 在主机前含有用户信息（user@）：请删除。</translation>
    </message>
    <message>
        <source>{url} has no host.</source>
        <translation>{url} 没有主机名。</translation>
    </message>
    <message>
        <source>{url} has a path, query or fragment after the host: give only https://HOST or https://HOST:PORT.</source>
        <translation>{url} 在主机后还有路径、查询或片段：只写 https://主机 或 https://主机:端口。</translation>
    </message>
    <message>
        <source>{url} has a host ending in a dot: remove it.</source>
        <translation>{url} 的主机名以点结尾：请删除末尾的点。</translation>
    </message>
    <message>
        <source>{url} names port 0.</source>
        <translation>{url} 指定了端口 0。</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>No system keychain was found on this computer. Keep your keys in an encrypted vault file protected by a master password instead.</source>
        <translation>这台电脑上没有找到系统钥匙串。请改为将 Key 保存在由主密码保护的加密保险库文件中。</translation>
    </message>
    <message>
        <source>The system keychain is locked, or unlocking it was cancelled. Unlock it and try again, or keep your keys in an encrypted vault file protected by a master password.</source>
        <translation>系统钥匙串已锁定，或解锁已被取消。请解锁后重试，或将 Key 保存在由主密码保护的加密保险库文件中。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within {seconds} seconds. Try again later, or keep your keys in an encrypted vault file protected by a master password.</source>
        <translation>系统钥匙串在 {seconds} 秒内没有响应。请稍后重试，或将 Key 保存在由主密码保护的加密保险库文件中。</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Unlock it or restart it and try again, or keep your keys in an encrypted vault file protected by a master password.</source>
        <translation>系统钥匙串报告了错误。请解锁或重新启动它后重试，或将 Key 保存在由主密码保护的加密保险库文件中。</translation>
    </message>
    <message>
        <source>Give the connection a name of 1 to 64 characters, without line breaks.</source>
        <translation>请为连接取一个 1 到 64 个字符的名称，不要换行。</translation>
    </message>
    <message>
        <source>A connection named “{label}” already exists. Choose another name.</source>
        <translation>已存在名为“{label}”的连接。请换一个名称。</translation>
    </message>
    <message>
        <source>This connection no longer exists. Refresh the list and try again.</source>
        <translation>此连接已不存在。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>The keys of “{label}” are missing from the system keychain. Enter them again, or remove the connection.</source>
        <translation>系统钥匙串中缺少“{label}”的 Key。请重新输入，或移除此连接。</translation>
    </message>
    <message>
        <source>The keychain item of “{label}” is damaged. Enter the keys again, or remove the connection.</source>
        <translation>“{label}”的钥匙串条目已损坏。请重新输入 Key，或移除此连接。</translation>
    </message>
    <message>
        <source>These keys are too long to be an OKX API key. Copy them again from OKX.</source>
        <translation>这些内容太长，不可能是 OKX API Key。请从 OKX 重新复制。</translation>
    </message>
    <message>
        <source>Cannot write to {directory}: {reason}. Free some disk space or make the folder writable for your user account, then try again.</source>
        <translation>无法写入 {directory}：{reason}。请释放磁盘空间，或让您的用户账户可以写入该文件夹，然后重试。</translation>
    </message>
    <message>
        <source>The list of saved connections in {path} is damaged ({detail}). Your keys are still in the keychain: restore the file from a backup, or move it away to start a new list.</source>
        <translation>{path} 中的已保存连接列表已损坏（{detail}）。您的 Key 仍在钥匙串中：请从备份恢复该文件，或将其移走以新建列表。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of OKX Key Manager (format {version}). Update the app to open it.</source>
        <translation>{path} 由更新版本的 OKX Key Manager 写入（格式 {version}）。请更新应用后再打开。</translation>
    </message>
    <message>
        <source>The vault is locked. Enter your master password.</source>
        <translation>保险库已锁定。请输入主密码。</translation>
    </message>
    <message>
        <source>{path} could not be read.</source>
        <translation>无法读取 {path}。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}.</source>
        <translation>无法打开 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} holds data of a newer version of OKX Key Manager (format {version}). Update the app to open it. Nothing was changed.</source>
        <translation>{path} 中的数据来自更新版本的 OKX Key Manager（格式 {version}）。请更新应用后再打开。没有任何改动。</translation>
    </message>
    <message>
        <source>A vault file already exists at {path}. Open it instead.</source>
        <translation>{path} 已存在保险库文件。请直接打开它。</translation>
    </message>
    <message>
        <source>{path} opened, but its contents are not valid ({detail}). Nothing was changed.</source>
        <translation>{path} 已打开，但内容无效（{detail}）。没有任何改动。</translation>
    </message>
    <message>
        <source>Choose at least one connection to back up.</source>
        <translation>请至少选择一个要备份的连接。</translation>
    </message>
    <message>
        <source>The keychain still holds the old keys of “{label}” ({masked}), replaced by a new key. Remove them, or restore them to the list as a separate connection.</source>
        <translation>钥匙串中仍保存着“{label}”（{masked}）的旧 Key，它已被新 Key 替换。请移除它们，或将其作为单独的连接恢复到列表中。</translation>
    </message>
    <message>
        <source>Deleting “{label}” ({masked}) was interrupted: its keys are still in the keychain. Remove them, or restore the connection to the list.</source>
        <translation>删除“{label}”（{masked}）的操作被中断：其 Key 仍在钥匙串中。请移除它们，或将此连接恢复到列表中。</translation>
    </message>
    <message>
        <source>Saving “{label}” ({masked}) was interrupted: its keys are in the keychain but not in the list. Restore the connection to the list, or remove the keys.</source>
        <translation>保存“{label}”（{masked}）的操作被中断：其 Key 已在钥匙串中，但不在列表中。请将此连接恢复到列表中，或移除这些 Key。</translation>
    </message>
    <message>
        <source>“{label}” ({masked}) is listed, but its keys are not in the keychain. Enter the keys again, or remove the connection.</source>
        <translation>“{label}”（{masked}）在列表中，但其 Key 不在钥匙串中。请重新输入 Key，或移除此连接。</translation>
    </message>
    <message>
        <source>The file asks for password hashing far costlier than this app ever uses ({params}; the limit is {limit}). Opening it could exhaust this computer&apos;s memory, so it is refused. It was not made by OKX Key Manager or was tampered with.</source>
        <translation>该文件要求的密码哈希计算量远超本应用使用的值（{params}；上限为 {limit}）。打开它可能耗尽这台电脑的内存，因此已拒绝。它不是由 OKX Key Manager 创建的，或已被篡改。</translation>
    </message>
    <message>
        <source>The file&apos;s password hashing is weaker than this app allows ({params}; the minimum is {minimum}). Someone may have lowered it to make guessing the password cheaper, so it is refused. Restore the file from a backup.</source>
        <translation>该文件的密码哈希强度低于本应用允许的值（{params}；最低为 {minimum}）。可能有人降低了它，使猜测密码更容易，因此已拒绝。请从备份恢复该文件。</translation>
    </message>
    <message>
        <source>The file is empty. Saving it was probably interrupted. Restore it from a backup.</source>
        <translation>文件为空。保存时可能被中断了。请从备份恢复。</translation>
    </message>
    <message>
        <source>This is not an OKX Key Manager encrypted file (it does not start with the right signature). Check that you chose the right file.</source>
        <translation>这不是 OKX Key Manager 的加密文件（开头的签名不对）。请确认选择了正确的文件。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of OKX Key Manager (format {version}; this app reads up to {supported}). Update the app to open it.</source>
        <translation>该文件由更新版本的 OKX Key Manager 创建（格式 {version}；本应用最多支持 {supported}）。请更新应用后再打开。</translation>
    </message>
    <message>
        <source>The file is cut off: it has {actual} bytes of the {expected} it should have. It was copied or saved only partly. Restore it from a backup or copy it again.</source>
        <translation>文件不完整：只有 {actual} 字节，应为 {expected} 字节。它只被部分复制或保存。请从备份恢复，或重新复制。</translation>
    </message>
    <message>
        <source>The file has {extra} unexpected bytes after its end. It was corrupted or tampered with. Restore it from a backup.</source>
        <translation>文件末尾有 {extra} 个多余字节。它已损坏或被篡改。请从备份恢复。</translation>
    </message>
    <message>
        <source>The file is damaged: its header holds a value this app never writes (at byte {offset}). It was corrupted or tampered with. Restore it from a backup.</source>
        <translation>文件已损坏：其文件头包含本应用从不写入的值（位于第 {offset} 字节）。它已损坏或被篡改。请从备份恢复。</translation>
    </message>
    <message>
        <source>This file is an OKX Key Manager backup, not a vault. To use it, restore it as a backup instead of opening it as the vault.</source>
        <translation>这是 OKX Key Manager 的备份文件，不是保险库。如需使用，请将其作为备份恢复，而不是作为保险库打开。</translation>
    </message>
    <message>
        <source>This file is an OKX Key Manager vault, not a backup. Choose a backup file to restore, or open this file as the vault.</source>
        <translation>这是 OKX Key Manager 的保险库文件，不是备份。请选择一个备份文件来恢复，或将此文件作为保险库打开。</translation>
    </message>
    <message>
        <source>The encrypted file could not be read.</source>
        <translation>无法读取该加密文件。</translation>
    </message>
    <message>
        <source>The password is wrong, or the file was changed. The two cannot be told apart: check the password (Caps Lock, keyboard layout) and try again; if it is surely right, the file was damaged or tampered with — restore it from a backup.</source>
        <translation>密码错误，或文件已被更改。这两种情况无法区分：请检查密码（大小写锁定、键盘布局）后重试；如果确定密码正确，说明文件已损坏或被篡改——请从备份恢复。</translation>
    </message>
    <message>
        <source>This file was not sealed with the key that is unlocked: it was replaced or changed since it was unlocked. Lock it and unlock it again with its password.</source>
        <translation>此文件不是用当前已解锁的密钥封存的：自解锁以来它已被替换或更改。请锁定后用它的密码重新解锁。</translation>
    </message>
    <message>
        <source>The password contains an invalid character (a broken Unicode sequence, often from a faulty paste). Type the password again.</source>
        <translation>密码包含无效字符（损坏的 Unicode 序列，通常来自有问题的粘贴）。请重新输入密码。</translation>
    </message>
    <message>
        <source>The vault was locked in the meantime. Unlock it again.</source>
        <translation>保险库在此期间已被锁定。请重新解锁。</translation>
    </message>
    <message>
        <source>The file is cut off: it is shorter than any complete encrypted file. It may have been copied or saved only partly. Restore it from a backup or copy it again.</source>
        <translation>文件不完整：比任何完整的加密文件都短。它可能只被部分复制或保存。请从备份恢复，或重新复制。</translation>
    </message>
    <message>
        <source>The file is damaged: its header holds values this app never writes. It was corrupted or tampered with. Restore it from a backup.</source>
        <translation>文件已损坏：其文件头含有本应用从不写入的值。它已损坏或被篡改。请从备份恢复。</translation>
    </message>
    <message>
        <source>This is not an OKX Key Manager encrypted file. Check that you chose the right file.</source>
        <translation>这不是 OKX Key Manager 的加密文件。请确认选择了正确的文件。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of OKX Key Manager. Update the app to open it.</source>
        <translation>该文件由更新版本的 OKX Key Manager 创建。请更新应用后再打开。</translation>
    </message>
    <message>
        <source>The file asks for password-hashing settings outside the safe range. It was not made by this app or was tampered with. Restore it from a backup.</source>
        <translation>该文件要求的密码哈希设置超出安全范围。它不是由本应用创建的，或已被篡改。请从备份恢复。</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Choose a longer one.</source>
        <translation>这个密码太容易被猜到。请选择更长的密码。</translation>
    </message>
    <message>
        <source>Unlocking was cancelled. Nothing was changed.</source>
        <translation>已取消解锁。没有做任何更改。</translation>
    </message>
    <message>
        <source>Enter a password of at least {minimum} characters that is not only spaces.</source>
        <translation>请输入至少 {minimum} 个字符、且不全是空格的密码。</translation>
    </message>
    <message>
        <source>This password has {length} characters; use at least {minimum}. A few unrelated words make a long password that is still easy to remember.</source>
        <translation>这个密码只有 {length} 个字符；请至少使用 {minimum} 个。几个互不相关的词可以组成既长又好记的密码。</translation>
    </message>
    <message>
        <source>This password repeats a single character. Use a mix of words, digits and symbols.</source>
        <translation>这个密码全是同一个字符。请混合使用单词、数字和符号。</translation>
    </message>
    <message>
        <source>This password uses only {distinct} different characters, a pattern that is guessed quickly. Use at least {minimum} different characters.</source>
        <translation>这个密码只用了 {distinct} 个不同的字符，这种模式很快就会被猜到。请至少使用 {minimum} 个不同的字符。</translation>
    </message>
    <message>
        <source>This password is a common word or a keyboard or alphabet sequence, padded with digits or symbols — among the first guesses an attacker tries. Choose something personal to you that others would not guess.</source>
        <translation>这个密码是常见单词或键盘、字母顺序，只是补上了数字或符号——这是攻击者最先尝试的猜测之一。请选择只对您有意义、别人猜不到的内容。</translation>
    </message>
    <message>
        <source>This password is only digits. Add letters and symbols, or make it at least {minimum} characters long.</source>
        <translation>这个密码只有数字。请加入字母和符号，或使其至少有 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>This password is only letters of one case. Add digits, symbols or capitals, or make it at least {minimum} characters long.</source>
        <translation>这个密码只有同一种大小写的字母。请加入数字、符号或大写字母，或使其至少有 {minimum} 个字符。</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Give this connection a name, e.g. “Main account”.</source>
        <translation>请为此连接取个名称，例如“主账户”。</translation>
    </message>
    <message>
        <source>Keep the name under {max} characters.</source>
        <translation>名称请不要超过 {max} 个字符。</translation>
    </message>
    <message>
        <source>Paste the API key OKX showed you.</source>
        <translation>请粘贴 OKX 显示给您的 API Key。</translation>
    </message>
    <message>
        <source>The API key and the secret key look swapped: swap them back.</source>
        <translation>API Key 和 Secret Key 似乎填反了：请交换回来。</translation>
    </message>
    <message>
        <source>This looks like a secret key. The API key has dashes (8-4-4-4-12).</source>
        <translation>这看起来是 Secret Key。API Key 带有短横线（8-4-4-4-12）。</translation>
    </message>
    <message>
        <source>The API key contains spaces: paste it again.</source>
        <translation>API Key 中有空格：请重新粘贴。</translation>
    </message>
    <message>
        <source>The API key looks cut off: {length} of {expected} characters. Copy all of it.</source>
        <translation>API Key 似乎不完整：只有 {length} 个字符，应为 {expected} 个。请完整复制。</translation>
    </message>
    <message>
        <source>The API key has extra characters at the end: was it pasted twice?</source>
        <translation>API Key 末尾有多余字符：是不是粘贴了两次？</translation>
    </message>
    <message>
        <source>This does not look like an OKX API key (usually 36 characters like 1a2b3c4d-…-…). Check you copied the right field.</source>
        <translation>这看起来不像 OKX API Key（通常为 36 个字符，形如 1a2b3c4d-…-…）。请检查复制的是否是正确的字段。</translation>
    </message>
    <message>
        <source>Paste the secret key. OKX shows it only once, when the key is created; if you lost it, create a new key.</source>
        <translation>请粘贴 Secret Key。OKX 只在创建 Key 时显示一次；如果遗失，请新建一个 Key。</translation>
    </message>
    <message>
        <source>The secret key is the same as the API key.</source>
        <translation>Secret Key 与 API Key 相同。</translation>
    </message>
    <message>
        <source>This looks like an API key. The secret key has 32 characters, no dashes.</source>
        <translation>这看起来是 API Key。Secret Key 为 32 个字符，没有短横线。</translation>
    </message>
    <message>
        <source>The secret key contains spaces: paste it again.</source>
        <translation>Secret Key 中有空格：请重新粘贴。</translation>
    </message>
    <message>
        <source>The secret key looks cut off: {length} of {expected} characters. Copy all of it.</source>
        <translation>Secret Key 似乎不完整：只有 {length} 个字符，应为 {expected} 个。请完整复制。</translation>
    </message>
    <message>
        <source>The secret key is longer than {expected} characters: was it pasted twice?</source>
        <translation>Secret Key 超过 {expected} 个字符：是不是粘贴了两次？</translation>
    </message>
    <message>
        <source>This does not look like an OKX secret key (usually 32 characters, 0–9 and A–F).</source>
        <translation>这看起来不像 OKX Secret Key（通常为 32 个字符，由 0–9 和 A–F 组成）。</translation>
    </message>
    <message>
        <source>Enter the passphrase you chose when you created this API key.</source>
        <translation>请输入您创建此 API Key 时设置的 Passphrase。</translation>
    </message>
    <message>
        <source>This is a key, not the passphrase. The passphrase is the one you typed yourself when creating the key.</source>
        <translation>这是 Key，不是 Passphrase。Passphrase 是您创建 Key 时自己输入的那个。</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the API key&apos;s passphrase, not your login.</source>
        <translation>这看起来是电子邮件地址。请输入 API Key 的 Passphrase，而不是登录账号。</translation>
    </message>
    <message>
        <source>{host} could not be asked for this computer&apos;s public IP address.</source>
        <translation>无法向 {host} 查询这台电脑的公网 IP 地址。</translation>
    </message>
    <message>
        <source>{host} did not answer with an IP address.</source>
        <translation>{host} 没有返回 IP 地址。</translation>
    </message>
    <message>
        <source>This key belongs to a sub-account (UID {new}) of the account the saved key used (UID {old}).</source>
        <translation>此 Key 属于已保存 Key 所在账户（UID {old}）的子账户（UID {new}）。</translation>
    </message>
    <message>
        <source>This key belongs to another OKX account (UID {new}) than the saved key (UID {old}).</source>
        <translation>此 Key 属于另一个 OKX 账户（UID {new}），不是已保存 Key 的账户（UID {old}）。</translation>
    </message>
</context>
</TS>
