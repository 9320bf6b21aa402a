<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Badge</name>
    <message>
        <source>SIMULATOR</source>
        <translation>模擬器</translation>
    </message>
    <message>
        <source>Connected to the built-in simulator, not to OKX.</source>
        <translation>已連線到內建模擬器，而不是 OKX。</translation>
    </message>
    <message>
        <source>NOT OKX</source>
        <translation>非 OKX</translation>
    </message>
    <message>
        <source>This app is set to talk to a server that is not OKX.</source>
        <translation>本應用程式已設定為與非 OKX 的伺服器通訊。</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>權益</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>凍結</translation>
    </message>
    <message>
        <source>USD value</source>
        <translation>美元價值</translation>
    </message>
</context>
<context>
    <name>BotKeys</name>
    <message>
        <source>&amp;New bot key…</source>
        <translation>新增機器人 Key(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;voke on OKX…</source>
        <translation>在 OKX 上撤銷(&amp;V)…</translation>
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
        <translation>解決方法：{fix}</translation>
    </message>
    <message>
        <source>&amp;Bots</source>
        <translation>機器人 Key(&amp;B)</translation>
    </message>
    <message>
        <source>Keys the app creates for your bots through a manager key (nobody sees them), and keys bots keep in plain-text files</source>
        <translation>本應用程式透過管理 Key 為您的機器人建立的 Key（沒有人會看到它們），以及機器人儲存在明文檔案中的 Key</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>機器人</translation>
    </message>
    <message>
        <source>Use “{label}” as the manager key?</source>
        <translation>將「{label}」用作管理 Key？</translation>
    </message>
    <message>
        <source>Manager key</source>
        <translation>管理 Key</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Read + Trade</source>
        <translation>讀取 + 交易</translation>
    </message>
    <message>
        <source>Create a {perms} key for the sub-account {sub}, bound to {ips}, through the manager key “{manager}”? It never gets Withdraw.</source>
        <translation>透過管理 Key「{manager}」為子帳戶 {sub} 建立一個{perms}的 Key，綁定到 {ips}？它永遠不會有提現權限。</translation>
    </message>
    <message>
        <source>New bot key</source>
        <translation>新增機器人 Key</translation>
    </message>
    <message>
        <source>Creating the key on OKX…</source>
        <translation>正在 OKX 上建立 Key…</translation>
    </message>
    <message>
        <source>Checked from here.</source>
        <translation>已在這台電腦上檢查。</translation>
    </message>
    <message>
        <source>To be checked from the server: this computer&apos;s IP is not bound to it.</source>
        <translation>待在伺服器上檢查：這台電腦的 IP 未綁定到該 Key。</translation>
    </message>
    <message>
        <source>Saved as “{label}” ({masked}). {checked}

Start the bot with:
{run}</source>
        <translation>已儲存為「{label}」（{masked}）。{checked}

用以下指令啟動機器人：
{run}</translation>
    </message>
    <message>
        <source>Replace “{label}” by a new key with the same sub-account, permissions and IP addresses, then delete the old key on OKX? Bots running with the old key must be restarted.</source>
        <translation>用一個子帳戶、權限和 IP 位址都相同的新 Key 取代「{label}」，然後在 OKX 上刪除舊 Key？正在使用舊 Key 執行的機器人必須重新啟動。</translation>
    </message>
    <message>
        <source>Rotate bot key</source>
        <translation>輪替機器人 Key</translation>
    </message>
    <message>
        <source>Rotating “{label}”…</source>
        <translation>正在輪替「{label}」…</translation>
    </message>
    <message>
        <source>Rotated “{label}”: the old key is deleted on OKX.</source>
        <translation>已輪替「{label}」：舊 Key 已在 OKX 上刪除。</translation>
    </message>
    <message>
        <source>Delete “{label}” on OKX, then remove it from this app? Bots using it stop working.</source>
        <translation>在 OKX 上刪除「{label}」，然後從本應用程式中移除？使用它的機器人將停止運作。</translation>
    </message>
    <message>
        <source>Revoke bot key</source>
        <translation>撤銷機器人 Key</translation>
    </message>
    <message>
        <source>Revoked “{label}”.</source>
        <translation>已撤銷「{label}」。</translation>
    </message>
    <message>
        <source>Keys on OKX</source>
        <translation>OKX 上的 Key</translation>
    </message>
    <message>
        <source>Delete on OKX the keys an interrupted run left? No app holds them.</source>
        <translation>在 OKX 上刪除中斷的操作遺留的 Key？沒有任何應用程式持有它們。</translation>
    </message>
    <message>
        <source>Open Bots &gt; Keys on OKX to delete them.</source>
        <translation>開啟「機器人 &gt; OKX 上的 Key」刪除它們。</translation>
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
        <translation>已檢查 {done}/{total}</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>站點</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>IP bound</source>
        <translation>IP 綁定</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次檢查</translation>
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
        <translation>歐洲經濟區站</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美國站</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>模擬盤</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>實盤</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>讀取</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Withdraw!</source>
        <translation>提現！</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>已綁定</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>未綁定</translation>
    </message>
    <message>
        <source>Click the status to see how to fix it.</source>
        <translation>點選狀態查看解決方法。</translation>
    </message>
    <message>
        <source>This key may withdraw funds. Create a new key without Withdraw and delete this one.</source>
        <translation>此 Key 有提現權限。請另建立一個不含提現權限的 Key，再刪除此 Key。</translation>
    </message>
</context>
<context>
    <name>CreateKeyPage</name>
    <message>
        <source>Create a demo API key</source>
        <translation>建立模擬盤 API Key</translation>
    </message>
    <message>
        <source>Create the API key</source>
        <translation>建立 API Key</translation>
    </message>
    <message>
        <source>Copied. Paste it into OKX&apos;s passphrase field now; the clipboard is cleared in {seconds} s. Also note it somewhere safe: OKX cannot show it again.</source>
        <translation>已複製。請立即貼到 OKX 的 Passphrase 輸入框；剪貼簿將在 {seconds} 秒後清空。另請把它記在安全的地方：OKX 無法再次顯示它。</translation>
    </message>
    <message>
        <source>Log in at {host} and open the API page.</source>
        <translation>登入 {host} 並開啟 API 頁面。</translation>
    </message>
    <message>
        <source>Demo keys never expire.</source>
        <translation>模擬盤 Key 永不過期。</translation>
    </message>
    <message>
        <source>Name the key, for example “OKX Key Manager”.</source>
        <translation>為 Key 命名，例如「OKX Key Manager」。</translation>
    </message>
    <message>
        <source>Log in at {host} and go to {path}. Demo keys are made there and only work in demo trading.</source>
        <translation>登入 {host}，然後依序進入 {path}。模擬盤 Key 在那裡建立，也只能在模擬盤使用。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create Demo Trading V5 API Key&lt;/b&gt;.</source>
        <translation>點選 &lt;b&gt;建立模擬盤 V5 API Key&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Log in at {host} and go to {path}.</source>
        <translation>登入 {host}，然後依序進入 {path}。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Create V5 API key&lt;/b&gt;. Where OKX asks what the key is for, choose &lt;b&gt;API trading&lt;/b&gt;, not “Link a third-party app”: such a key only works from that app&apos;s servers, never from this computer.</source>
        <translation>點選 &lt;b&gt;建立 V5 API Key&lt;/b&gt;。OKX 詢問用途時，請選擇 &lt;b&gt;API 交易&lt;/b&gt;，不要選「關聯第三方應用」：那種 Key 只能從該應用程式的伺服器使用，無法在這台電腦上使用。</translation>
    </message>
    <message>
        <source>OKX&apos;s documentation says a Trade key without a bound IP address is deleted after 14 days without use (the rule may have changed): bind your computer&apos;s public IP address if it is fixed.</source>
        <translation>依 OKX 文件說明，未綁定 IP 位址的交易權限 Key 在 14 天未使用後會被自動刪除（此規則可能已有變動）：如果您電腦的對外 IP 位址固定，請綁定它。</translation>
    </message>
    <message>
        <source>Choose a &lt;b&gt;passphrase&lt;/b&gt; and note it somewhere safe: OKX cannot show it again. The button below makes a strong one.</source>
        <translation>設定 &lt;b&gt;Passphrase&lt;/b&gt; 並記在安全的地方：OKX 無法再次顯示它。下方的按鈕可以產生一組高強度的 Passphrase。</translation>
    </message>
    <message>
        <source>Permissions: tick &lt;b&gt;Read&lt;/b&gt; and &lt;b&gt;Trade&lt;/b&gt;. Never tick &lt;b&gt;Withdraw&lt;/b&gt;: this app does not need it, and a stolen withdraw key can empty your account.</source>
        <translation>權限：勾選&lt;b&gt;讀取&lt;/b&gt;和&lt;b&gt;交易&lt;/b&gt;。切勿勾選&lt;b&gt;提現&lt;/b&gt;：本應用程式不需要它，而帶提現權限的 Key 一旦被盜，帳戶可能被清空。</translation>
    </message>
    <message>
        <source>IP address: {expiry}</source>
        <translation>IP 位址：{expiry}</translation>
    </message>
    <message>
        <source>Confirm with the code OKX sends by e-mail or shows in your authenticator app. OKX then shows the new key.</source>
        <translation>輸入 OKX 以電子郵件寄送的驗證碼或驗證器 App 中的驗證碼進行確認。接著 OKX 會顯示新的 Key。</translation>
    </message>
    <message>
        <source>&lt;b&gt;OKX shows the secret key only once.&lt;/b&gt; Keep OKX&apos;s page open and copy the API key, the secret key and your passphrase into the next page.</source>
        <translation>&lt;b&gt;OKX 只顯示一次 Secret Key。&lt;/b&gt;請保持 OKX 頁面開啟，把 API Key、Secret Key 和 Passphrase 複製到下一頁。</translation>
    </message>
    <message>
        <source>&amp;Open the API page</source>
        <translation>開啟 API 頁面(&amp;O)</translation>
    </message>
    <message>
        <source>Open OKX&apos;s API management page</source>
        <translation>開啟 OKX 的 API 管理頁面</translation>
    </message>
    <message>
        <source>&amp;Open OKX ({host})</source>
        <translation>開啟 OKX（{host}）(&amp;O)</translation>
    </message>
    <message>
        <source>Open OKX&apos;s web site in the browser</source>
        <translation>在瀏覽器中開啟 OKX 網站</translation>
    </message>
    <message>
        <source>&amp;Generate passphrase</source>
        <translation>產生 Passphrase(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a strong passphrase</source>
        <translation>產生高強度 Passphrase</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>產生的 Passphrase</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>複製 Passphrase</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小時前</numerusform>
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
        <translation>選擇一個連線以查看其帳戶。</translation>
    </message>
    <message>
        <source>No balances yet: check the connection.</source>
        <translation>還沒有餘額：請檢查此連線。</translation>
    </message>
    <message>
        <source>Trading account total: {amount} USD</source>
        <translation>交易帳戶總額：{amount} USD</translation>
    </message>
    <message>
        <source>Fetched {when}</source>
        <translation>取得於 {when}</translation>
    </message>
    <message>
        <source>Saved balances from {when} ({age})</source>
        <translation>{when} 儲存的餘額（{age}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>account type unknown</source>
        <translation>帳戶類型未知</translation>
    </message>
    <message>
        <source>sub-account</source>
        <translation>子帳戶</translation>
    </message>
    <message>
        <source>main account</source>
        <translation>主帳戶</translation>
    </message>
    <message>
        <source>UID {uid}</source>
        <translation>UID {uid}</translation>
    </message>
    <message>
        <source>manager key of its sub-accounts</source>
        <translation>其子帳戶的管理 Key</translation>
    </message>
    <message>
        <source>issued by this app for {sub}</source>
        <translation>由本應用程式為 {sub} 建立</translation>
    </message>
    <message>
        <source>Spot mode</source>
        <translation>現貨模式</translation>
    </message>
    <message>
        <source>Spot and futures mode</source>
        <translation>合約模式</translation>
    </message>
    <message>
        <source>Multi-currency margin mode</source>
        <translation>跨幣種保證金模式</translation>
    </message>
    <message>
        <source>Portfolio margin mode</source>
        <translation>組合保證金模式</translation>
    </message>
    <message>
        <source>account mode: {mode}</source>
        <translation>帳戶模式：{mode}</translation>
    </message>
    <message>
        <source>account mode: {mode} (for futures the guide recommends {recommended})</source>
        <translation>帳戶模式：{mode}（如交易合約，指南建議{recommended}）</translation>
    </message>
    <message>
        <source>positions: {mode}</source>
        <translation>持倉方式：{mode}</translation>
    </message>
    <message>
        <source>positions: {mode} (for futures the guide recommends {recommended})</source>
        <translation>持倉方式：{mode}（如交易合約，指南建議{recommended}）</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>買賣模式</translation>
    </message>
    <message>
        <source>long/short</source>
        <translation>開平倉模式</translation>
    </message>
    <message>
        <source>notes: {notes}</source>
        <translation>備註：{notes}</translation>
    </message>
    <message>
        <source>&amp;Hide small balances</source>
        <translation>隱藏小額餘額(&amp;H)</translation>
    </message>
    <message>
        <source>Hides currencies worth less than 1 USD.</source>
        <translation>隱藏價值低於 1 美元的幣別。</translation>
    </message>
    <message>
        <source>Trading account</source>
        <translation>交易帳戶</translation>
    </message>
    <message>
        <source>Funding account</source>
        <translation>資金帳戶</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Saving the connection</source>
        <translation>正在儲存連線</translation>
    </message>
    <message>
        <source>Saving failed on an unexpected error ({kind}).</source>
        <translation>儲存時發生意外錯誤（{kind}）。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>正在儲存 Key…</translation>
    </message>
    <message>
        <source>The key was not saved yet.</source>
        <translation>Key 尚未儲存。</translation>
    </message>
    <message>
        <source>demo trading</source>
        <translation>模擬盤</translation>
    </message>
    <message>
        <source>live trading</source>
        <translation>實盤</translation>
    </message>
    <message>
        <source>Connected. “{label}” ({environment}) is saved and ready to use.</source>
        <translation>已連線。「{label}」（{environment}）已儲存，可以使用了。</translation>
    </message>
    <message>
        <source>The new key replaces the old one in this app. Now delete the old key on OKX: it keeps working there until you do.</source>
        <translation>新 Key 已在本應用程式中取代舊 Key。現在請到 OKX 上刪除舊 Key：在您刪除之前，它在 OKX 上仍然有效。</translation>
    </message>
    <message>
        <source>On OKX: {path}.</source>
        <translation>在 OKX 上：{path}。</translation>
    </message>
    <message>
        <source>&amp;Delete it on OKX…</source>
        <translation>到 OKX 上刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Open OKX&apos;s API page to delete the old key</source>
        <translation>開啟 OKX 的 API 頁面刪除舊 Key</translation>
    </message>
    <message>
        <source>Trading account total: {total} USD</source>
        <translation>交易帳戶總額：{total} USD</translation>
    </message>
    <message>
        <source>Trading account</source>
        <translation>交易帳戶</translation>
    </message>
    <message>
        <source>Funding account</source>
        <translation>資金帳戶</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>USD value</source>
        <translation>美元價值</translation>
    </message>
    <message>
        <source>Trading account balances</source>
        <translation>交易帳戶餘額</translation>
    </message>
    <message>
        <source>Funding account balances</source>
        <translation>資金帳戶餘額</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重試(&amp;T)</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>重新嘗試儲存</translation>
    </message>
    <message>
        <source>&amp;Choose another name</source>
        <translation>換一個名稱(&amp;C)</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Key 未儲存。</translation>
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
        <translation>子帳戶</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>儲存名稱</translation>
    </message>
    <message>
        <source>Asking OKX…</source>
        <translation>正在詢問 OKX…</translation>
    </message>
    <message>
        <source>Delete leftovers on OKX…</source>
        <translation>在 OKX 上刪除遺留的 Key…</translation>
    </message>
    <message>
        <source>{count} keys on OKX; {odd} need a look.</source>
        <translation>OKX 上有 {count} 個 Key；{odd} 個需要查看。</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>讀取</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Withdraw!</source>
        <translation>提現！</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Rename and notes</source>
        <translation>重新命名與備註</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>EnterKeysPage</name>
    <message>
        <source>Enter the key</source>
        <translation>輸入 Key</translation>
    </message>
    <message>
        <source>OKX {region} demo</source>
        <extracomment>A connection&apos;s default name; {region}: the translated region name (Global, EEA, US).</extracomment>
        <translation>OKX {region} 模擬盤</translation>
    </message>
    <message>
        <source>OKX {region}</source>
        <extracomment>A connection&apos;s default name; {region}: the translated region name (Global, EEA, US).</extracomment>
        <translation>OKX {region}</translation>
    </message>
    <message>
        <source>Paste the values from OKX&apos;s page. Spaces around them are removed. Nothing is sent anywhere until the next step.</source>
        <translation>貼上 OKX 頁面上的內容。前後的空格會被自動去除。在下一步之前，不會傳送任何資料。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名稱(&amp;M)：</translation>
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
        <translation>連線名稱</translation>
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
        <translation>例如：主帳戶</translation>
    </message>
    <message>
        <source>Show &amp;key</source>
        <translation>顯示 Key(&amp;K)</translation>
    </message>
    <message>
        <source>Hide &amp;key</source>
        <translation>隱藏 Key(&amp;K)</translation>
    </message>
    <message>
        <source>Show s&amp;ecret</source>
        <translation>顯示 Secret(&amp;E)</translation>
    </message>
    <message>
        <source>Hide s&amp;ecret</source>
        <translation>隱藏 Secret(&amp;E)</translation>
    </message>
    <message>
        <source>Show passp&amp;hrase</source>
        <translation>顯示 Passphrase(&amp;H)</translation>
    </message>
    <message>
        <source>Hide passp&amp;hrase</source>
        <translation>隱藏 Passphrase(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide: {field}</source>
        <translation>顯示或隱藏：{field}</translation>
    </message>
    <message>
        <source>Simulator: fill in a test key…</source>
        <translation>模擬器：填入一個測試 Key…</translation>
    </message>
    <message>
        <source>Simulator test key</source>
        <translation>模擬器測試 Key</translation>
    </message>
    <message>
        <source>These values are right; &amp;continue anyway</source>
        <translation>這些內容沒錯，仍然繼續(&amp;C)</translation>
    </message>
    <message>
        <source>These values are right; continue anyway</source>
        <translation>這些內容沒錯，仍然繼續</translation>
    </message>
</context>
<context>
    <name>FindKeysDialog</name>
    <message>
        <source>Find OKX keys in files</source>
        <translation>在檔案中尋找 OKX Key</translation>
    </message>
    <message>
        <source>Bots often keep OKX keys in plain-text files that anyone with the file can use. Checked keys are verified, saved here, and removed from their files; start your bots with “{button}” afterwards.</source>
        <extracomment>{button}: the toolbar button&apos;s own words (&quot;Use with…&quot;), translated with it.</extracomment>
        <translation>交易機器人常把 OKX Key 以明文儲存在檔案裡，任何拿到檔案的人都能使用。勾選的 Key 會先驗證、再儲存到這裡，並從原檔案中刪除；之後請透過「{button}」啟動您的機器人。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
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
        <translation>掃描資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Move the checked keys into the app</source>
        <translation>把勾選的 Key 移入本應用程式(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Looking for OKX keys…</source>
        <translation>正在尋找 OKX Key…</translation>
    </message>
    <message>
        <source>Scan a folder</source>
        <translation>掃描資料夾</translation>
    </message>
    <message>
        <source>No OKX key found in {files} files.</source>
        <translation>在 {files} 個檔案中未找到 OKX Key。</translation>
    </message>
    <message>
        <source>{count} possible OKX keys found in {files} files.</source>
        <translation>在 {files} 個檔案中找到 {count} 個疑似 OKX Key。</translation>
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
        <translation>正在驗證並儲存 {count} 個 Key…</translation>
    </message>
    <message>
        <source>{count} keys moved into the app.</source>
        <translation>已有 {count} 個 Key 移入本應用程式。</translation>
    </message>
    <message>
        <source>  Line {line}: checked and saved as “{label}”.</source>
        <translation>  第 {line} 行：已驗證，並儲存為「{label}」。</translation>
    </message>
    <message>
        <source>  Line {line}: already saved as “{label}”.</source>
        <translation>  第 {line} 行：已儲存為「{label}」。</translation>
    </message>
    <message>
        <source>  Line {line}: did not pass the check, left in the file: {reason}</source>
        <translation>  第 {line} 行：未通過驗證，已留在檔案中：{reason}</translation>
    </message>
    <message>
        <source>  The keys were removed from the file; the rest is unchanged.</source>
        <translation>  已從檔案中刪除這些 Key，其餘內容保持不變。</translation>
    </message>
    <message>
        <source>  This file is or was tracked by git: the key stays in the repository&apos;s history. Rotate the key (create a new one on OKX, delete this one).</source>
        <translation>  此檔案已被（或曾被）git 追蹤：Key 會留在儲存庫的歷史紀錄中。請輪替此 Key（在 OKX 上另建立新 Key，再刪除此 Key）。</translation>
    </message>
    <message>
        <source>  This file is in a synced folder: old copies may remain with the sync service. Rotate the key.</source>
        <translation>  此檔案位於同步資料夾中：同步服務可能仍保留舊副本。請輪替此 Key。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed. Try again, and if it keeps happening, restart the app.</source>
        <translation>發生了意外錯誤，沒有做任何變更。請再試一次；如果持續發生，請重新啟動本應用程式。</translation>
    </message>
    <message>
        <source>{count} files were not read (not a regular file, too large or binary).</source>
        <translation>有 {count} 個檔案未讀取（不是一般檔案、過大或為二進位檔案）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import backup</source>
        <translation>匯入備份</translation>
    </message>
    <message>
        <source>Name taken: keep both</source>
        <translation>名稱已存在：兩者都保留</translation>
    </message>
    <message>
        <source>Name taken: replace the saved key</source>
        <translation>名稱已存在：取代已儲存的 Key</translation>
    </message>
    <message>
        <source>Name taken: skip</source>
        <translation>名稱已存在：略過</translation>
    </message>
    <message>
        <source>This backup holds:</source>
        <translation>此備份包含：</translation>
    </message>
</context>
<context>
    <name>IpPanel</name>
    <message>
        <source>Press Next to save the key as “Not checked”. On the server, run: okx-key-manager check {label}</source>
        <translation>點選「下一步」將此 Key 儲存為「未檢查」。請在伺服器上執行：okx-key-manager check {label}</translation>
    </message>
    <message>
        <source>The lookup failed.</source>
        <translation>查詢失敗。</translation>
    </message>
    <message>
        <source>OKX saw this computer at {ip}: add this address to the key.</source>
        <translation>OKX 看到這台電腦的位址是 {ip}：請把這個位址加入 Key 的 IP 白名單。</translation>
    </message>
    <message>
        <source>{host} sees this computer at {ip}.</source>
        <translation>{host} 看到這台電腦的位址是 {ip}。</translation>
    </message>
    <message>
        <source>Asking {host}…</source>
        <translation>正在詢問 {host}…</translation>
    </message>
    <message>
        <source>To bind the key, OKX needs this computer&apos;s public IP address. The app can ask {host} for it: that service then sees your address.</source>
        <translation>綁定 Key 需要這台電腦的對外 IP 位址。本應用程式可以向 {host} 查詢：該服務也會因此看到您的位址。</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>複製位址(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the IP address</source>
        <translation>複製 IP 位址</translation>
    </message>
    <message>
        <source>&amp;Ask {host}</source>
        <translation>詢問 {host}(&amp;A)</translation>
    </message>
    <message>
        <source>Ask {host} for this computer&apos;s public IP address</source>
        <translation>向 {host} 查詢這台電腦的對外 IP 位址</translation>
    </message>
    <message>
        <source>I will check it from the server it is bound to (save it as “Not checked”)</source>
        <translation>我將在此 Key 綁定的伺服器上檢查它（儲存為「未檢查」）</translation>
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
        <translation>建立保險庫檔案</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Connect a new API key (the wizard)</source>
        <translation>連結新的 API Key（精靈）</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>檢查(&amp;C)</translation>
    </message>
    <message>
        <source>Check the selected connection</source>
        <translation>檢查選取的連線</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>全部檢查(&amp;L)</translation>
    </message>
    <message>
        <source>Check every connection</source>
        <translation>檢查所有連線</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重新命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename and edit notes</source>
        <translation>重新命名並編輯備註</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>輪替(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the key with a new one; the old one stays until the new one is verified</source>
        <translation>用新 Key 取代；在新 Key 驗證通過之前，舊 Key 保持不變</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the connection</source>
        <translation>刪除此連線</translation>
    </message>
    <message>
        <source>Copy &amp;API key</source>
        <translation>複製 API Key(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;secret key</source>
        <translation>複製 Secret Key(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;passphrase</source>
        <translation>複製 Passphrase(&amp;P)</translation>
    </message>
    <message>
        <source>Open on &amp;OKX</source>
        <translation>在 OKX 上開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open the API management page of this key&apos;s region</source>
        <translation>開啟此 Key 所在站點的 API 管理頁面</translation>
    </message>
    <message>
        <source>&amp;Use with…</source>
        <translation>機器人(&amp;U)…</translation>
    </message>
    <message>
        <source>Start a bot with this key without writing it to a file: the command to use</source>
        <translation>不把 Key 寫入檔案就讓機器人使用它：查看要用的指令</translation>
    </message>
    <message>
        <source>&amp;Find keys in files…</source>
        <translation>尋找 Key(&amp;F)…</translation>
    </message>
    <message>
        <source>Find OKX keys that bots keep in plain-text files, and move them into the app</source>
        <translation>尋找機器人存放在純文字檔案中的 OKX Key，並將它們移入本應用程式</translation>
    </message>
    <message>
        <source>&amp;Export backup…</source>
        <translation>匯出備份(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>匯入備份(&amp;I)…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>鎖定(&amp;K)</translation>
    </message>
    <message>
        <source>Lock the vault file</source>
        <translation>鎖定保險庫檔案</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>複製(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy a secret; the clipboard is cleared after a while</source>
        <translation>複製一項金鑰資訊；剪貼簿會在一段時間後清除</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Opening your saved connections…</source>
        <translation>正在開啟已儲存的連線…</translation>
    </message>
    <message>
        <source>The vault file is locked.</source>
        <translation>保險庫檔案已鎖定。</translation>
    </message>
    <message>
        <source>No connections yet.</source>
        <translation>還沒有連線。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解鎖(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Connect an OKX account…</source>
        <translation>連結 OKX 帳戶(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a &amp;vault file…</source>
        <translation>建立保險庫檔案(&amp;V)…</translation>
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
        <translation>新增機器人 Key</translation>
    </message>
    <message>
        <source>A standard sub-account of the master account (6 to 20 letters and digits)</source>
        <translation>主帳戶的一個標準子帳戶（6 到 20 個字母和數字）</translation>
    </message>
    <message>
        <source>Create this sub-account if it does not exist</source>
        <translation>如果該子帳戶不存在則建立</translation>
    </message>
    <message>
        <source>default: the sub-account&apos;s name and “bot”</source>
        <translation>預設：子帳戶名稱加「bot」</translation>
    </message>
    <message>
        <source>Read only (no trading)</source>
        <translation>唯讀（不能交易）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
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
        <translation>子帳戶(&amp;S)：</translation>
    </message>
    <message>
        <source>Bot server&apos;s &amp;IP addresses:</source>
        <translation>機器人伺服器的 IP 位址(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name in this app:</source>
        <translation>在本應用程式中的名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rotate every:</source>
        <translation>輪替週期(&amp;R)：</translation>
    </message>
    <message>
        <source>The app creates the key on OKX through the manager key and saves it straight from OKX&apos;s answer: nobody sees, copies or pastes its secret. It gets Read and Trade (or Read only), never Withdraw, and works only from the IP addresses you give.</source>
        <translation>本應用程式透過管理 Key 在 OKX 上建立該 Key，並直接從 OKX 的回應中儲存：沒有人會看到、複製或貼上它的 Secret Key。它擁有讀取和交易權限（或唯讀），永遠沒有提現權限，並且只能從您提供的 IP 位址使用。</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>建立 Key</translation>
    </message>
    <message>
        <source>Standard sub-accounts: {count}</source>
        <translation>標準子帳戶：{count} 個</translation>
    </message>
    <message>
        <source>This master account has no standard sub-account yet.</source>
        <translation>該主帳戶還沒有標準子帳戶。</translation>
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
        <translation>發生了意外錯誤，沒有做任何變更。請再試一次；如果持續發生，請重新啟動本應用程式。</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>解決方法：{fix}</translation>
    </message>
    <message>
        <source>OKX&apos;s site is open: go to {path}.</source>
        <extracomment>{path}: OKX&apos;s menu path, e.g. Profile &gt; API and connections.</extracomment>
        <translation>已開啟 OKX 網站：請依序進入 {path}。</translation>
    </message>
    <message>
        <source>Delete “{label}” ({masked}) from this computer?&lt;br&gt;&lt;br&gt;The key still exists on OKX: to revoke it, delete it there too: &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>要從這台電腦上刪除「{label}」（{masked}）嗎？&lt;br&gt;&lt;br&gt;此 Key 在 OKX 上仍然存在：如需撤銷，請同時在 OKX 上刪除它：&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>刪除連線</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} s.</source>
        <translation>已複製。剪貼簿將在 {seconds} 秒後清除。</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>匯出備份</translation>
    </message>
    <message>
        <source>Choose a password for the backup file. Without it the backup cannot be opened: keep it somewhere safe.</source>
        <translation>為備份檔案設定密碼。沒有它就無法開啟備份：請把它存放在安全的地方。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s).</source>
        <translation>
            <numerusform>已匯出 %n 個連線。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import backup</source>
        <translation>匯入備份</translation>
    </message>
    <message>
        <source>The backup&apos;s password:</source>
        <translation>備份的密碼：</translation>
    </message>
    <message>
        <source>Imported: {added} added, {replaced} replaced.</source>
        <translation>已匯入：新增 {added} 個，取代 {replaced} 個。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>The vault file&apos;s master password:</source>
        <translation>保險庫檔案的主密碼：</translation>
    </message>
    <message>
        <source>Create a vault file</source>
        <translation>建立保險庫檔案</translation>
    </message>
    <message>
        <source>Choose a master password for the vault file. It encrypts your keys on this computer; without it they cannot be opened.</source>
        <translation>為保險庫檔案設定主密碼。它會在這台電腦上加密您的 Key；沒有它就無法開啟。</translation>
    </message>
    <message>
        <source>Move to a vault file</source>
        <translation>移到保險庫檔案</translation>
    </message>
    <message>
        <source>Choose the vault file&apos;s master password. Every connection is copied into the file and checked before it is removed from the system keychain.</source>
        <translation>為保險庫檔案設定主密碼。每個連線都會先複製到檔案中並核對，然後才從系統鑰匙圈中移除。</translation>
    </message>
    <message>
        <source>Move to the system keychain</source>
        <translation>移到系統鑰匙圈</translation>
    </message>
    <message>
        <source>Move every connection into the system keychain? Each one is copied and checked first; then the vault file is deleted.</source>
        <translation>要把所有連線移到系統鑰匙圈嗎？每個連線都會先複製並核對，然後刪除保險庫檔案。</translation>
    </message>
    <message>
        <source>Moving your connections…</source>
        <translation>正在移動您的連線…</translation>
    </message>
    <message>
        <source>All connections moved and verified.</source>
        <translation>所有連線均已移動並核對無誤。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再輸入一次(&amp;A)：</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>強度足夠。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Prepare your trading account</source>
        <translation>準備交易帳戶</translation>
    </message>
    <message>
        <source>If you trade futures or perpetual swaps, set your account up like this before creating the key. Spot-only traders can skip this step.</source>
        <translation>如果您交易交割合約或永續合約，請在建立 Key 之前按如下方式設定帳戶。只做現貨交易的使用者可以跳過此步。</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Account mode:&lt;/b&gt; Spot and futures mode (older guides call it single-currency margin).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Position mode:&lt;/b&gt; one-way mode (not long/short mode).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Margin:&lt;/b&gt; isolated margin is recommended: a losing position cannot eat into the rest of your account.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;帳戶模式：&lt;/b&gt;合約模式（較早的教學稱之為「單幣種保證金模式」）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;持倉方式：&lt;/b&gt;買賣模式（不是開平倉模式）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;保證金模式：&lt;/b&gt;建議使用逐倉：虧損的倉位不會動用帳戶裡的其他資金。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open OKX ({host})</source>
        <translation>開啟 OKX（{host}）(&amp;O)</translation>
    </message>
    <message>
        <source>Open OKX&apos;s web site in the browser</source>
        <translation>在瀏覽器中開啟 OKX 網站</translation>
    </message>
    <message>
        <source>There: {path}</source>
        <translation>在網站上：{path}</translation>
    </message>
    <message>
        <source>You do not have to trust this page: after connecting, the app reads your real settings, tells you what differs and can change it for you.</source>
        <translation>您不必只相信本頁面：連線之後，應用程式會讀取您的實際設定，告訴您哪些不同，並可以替您修改。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>RepairFlows</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>還有 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain holds %n connection(s) of this app that the list does not show (the list file was lost or replaced):</source>
        <translation>
            <numerusform>系統鑰匙圈中有 %n 個本應用程式的連線沒有顯示在清單中（清單檔案遺失或被取代）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them to the list? Their keys stay where they are.</source>
        <translation>要將它們還原到清單中嗎？它們的 Key 仍保存在原處。</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n connection(s) found in the keychain</source>
        <translation>
            <numerusform>還原在鑰匙圈中找到的 %n 個連線</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n connection(s).</source>
        <translation>
            <numerusform>已還原 %n 個連線。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never remind</source>
        <translation>從不提醒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>螢幕鎖定時一併鎖定</translation>
    </message>
    <message>
        <source>Check all connections when the app starts</source>
        <translation>應用程式啟動時檢查所有連線</translation>
    </message>
    <message>
        <source>Keep the last balances on this computer to show them offline</source>
        <translation>在這台電腦上保留最近的餘額，以便離線時顯示</translation>
    </message>
    <message>
        <source>Auto-lock applies to a vault file; keys in the system keychain are protected by your login. The balance cache holds amounts only, never a key.</source>
        <translation>自動鎖定適用於保險庫檔案；系統鑰匙圈中的 Key 由您的登入工作階段保護。餘額快取只包含金額，從不包含 Key。</translation>
    </message>
    <message>
        <source>A vault file (encrypted, with a master password)</source>
        <translation>保險庫檔案（加密，使用主密碼）</translation>
    </message>
    <message>
        <source>&amp;Move to the system keychain…</source>
        <translation>移到系統鑰匙圈(&amp;M)…</translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation>系統鑰匙圈</translation>
    </message>
    <message>
        <source>&amp;Move to a vault file…</source>
        <translation>移到保險庫檔案(&amp;M)…</translation>
    </message>
    <message>
        <source>Copies every connection, checks each copy, and only then removes them from the old place.</source>
        <translation>先複製每個連線並逐一核對副本，然後才從原來的位置移除。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Clear copied secrets after:</source>
        <translation>複製的金鑰資訊清除時間(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Remind to rotate keys after:</source>
        <translation>提醒輪替 Key 的間隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Lock the vault file after &amp;idle:</source>
        <translation>閒置多久後鎖定保險庫檔案(&amp;I)：</translation>
    </message>
    <message>
        <source>Keys are stored in:</source>
        <translation>Key 儲存在：</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Connect your OKX account</source>
        <translation>連結您的 OKX 帳戶</translation>
    </message>
    <message>
        <source>OKX says this key belongs to the {region} site ({host}), not the one you chose.</source>
        <extracomment>{region}: the translated region name, e.g. Global; {host}: the site&apos;s address.</extracomment>
        <translation>OKX 顯示此 Key 屬於{region}（{host}），而不是您選擇的站點。</translation>
    </message>
    <message>
        <source>OKX says this is a demo-trading key. Choose Demo trading to use it.</source>
        <translation>OKX 顯示這是模擬盤 Key。請選擇「模擬盤交易」來使用它。</translation>
    </message>
    <message>
        <source>OKX says this is a live-trading key. Choose Live trading to use it.</source>
        <translation>OKX 顯示這是實盤 Key。請選擇「實盤交易」來使用它。</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球站</translation>
    </message>
    <message>
        <source>EEA (Europe)</source>
        <translation>歐洲經濟區站（EEA）</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美國站</translation>
    </message>
    <message>
        <source>This wizard helps you create an OKX API key for this app, checks that the key works and stores it in the app&apos;s encrypted vault file on this computer. It takes about five minutes.</source>
        <translation>本精靈協助您為本應用程式建立 OKX API Key，檢查 Key 是否可用，並將其儲存在這台電腦上本應用程式的加密保險庫檔案中。大約需要五分鐘。</translation>
    </message>
    <message>
        <source>This wizard helps you create an OKX API key for this app, checks that the key works and stores it in your system&apos;s keychain. It takes about five minutes.</source>
        <translation>本精靈協助您為本應用程式建立 OKX API Key，檢查 Key 是否可用，並將其儲存在系統鑰匙圈中。大約需要五分鐘。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>站點(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E)：</translation>
    </message>
    <message>
        <source>{region} — you log in at {host}</source>
        <translation>{region} — 您在 {host} 登入</translation>
    </message>
    <message>
        <source>Choose the site you log in to: look at your browser&apos;s address bar. A key works only on the site that issued it.</source>
        <translation>請選擇您登入的網站：看一下瀏覽器的網址列。Key 只能在核發它的站點使用。</translation>
    </message>
    <message>
        <source>Live trading (real funds)</source>
        <translation>實盤交易（真實資金）</translation>
    </message>
    <message>
        <source>Demo trading (play money)</source>
        <translation>模擬盤交易（虛擬資金）</translation>
    </message>
    <message>
        <source>Demo trading uses simulated funds and separate demo keys: ideal for trying a bot without risk. Live trading uses your real account.</source>
        <translation>模擬盤使用虛擬資金和另外的模擬盤 Key：適合無風險地試用交易機器人。實盤交易使用您的真實帳戶。</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need:&lt;/b&gt; your OKX login with two-factor authentication, the OKX web site open in your browser, and a safe place to note the passphrase you choose for the key.</source>
        <translation>&lt;b&gt;您需要：&lt;/b&gt;已開啟雙重驗證的 OKX 帳戶、在瀏覽器中開啟的 OKX 網站，以及一個安全的地方來記下您為 Key 設定的 Passphrase。</translation>
    </message>
    <message>
        <source>I trade spot only (skip the futures account settings)</source>
        <translation>我只做現貨交易（跳過合約帳戶設定）</translation>
    </message>
    <message>
        <source>Ticked for OKX US: the app treats the US site as spot only, so the futures account settings are skipped. Confirm on app.okx.com that your account trades spot only.</source>
        <translation>已為 OKX 美國站勾選：本應用程式將美國站視為只提供現貨交易，因此跳過合約帳戶設定。請在 app.okx.com 上確認您的帳戶只交易現貨。</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>使用此項</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>站點</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Use the detected region or environment</source>
        <translation>使用偵測到的站點或環境</translation>
    </message>
</context>
<context>
    <name>UseWithDialog</name>
    <message>
        <source>Use “{label}” with a bot</source>
        <translation>將「{label}」用於交易機器人</translation>
    </message>
    <message>
        <source>The command that starts your bot; edit it as you need.</source>
        <translation>啟動機器人的指令，可依需要修改。</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>工具(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>指令(&amp;C)：</translation>
    </message>
    <message>
        <source>Start your bot through OKX Key Manager: it puts the key in the bot&apos;s environment only, so no file holds it.</source>
        <translation>透過 OKX Key Manager 啟動您的機器人：Key 只放入機器人的環境變數中，不會寫進任何檔案。</translation>
    </message>
    <message>
        <source>MCP client configuration (Claude Desktop, Cursor…):</source>
        <translation>MCP 用戶端設定（Claude Desktop、Cursor…）：</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>命令列：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Any program running under your user account can read a running bot&apos;s environment. Give bots a key that can trade but not withdraw, bound to your server&apos;s IP address.</source>
        <translation>以您的使用者帳戶執行的任何程式都能讀取正在執行的機器人的環境變數。請給機器人使用只能交易、不能提現，並綁定伺服器 IP 位址的 Key。</translation>
    </message>
    <message>
        <source>systemd service (the vault password comes from an encrypted credential):</source>
        <translation>systemd 服務（保險庫密碼來自加密的憑證）：</translation>
    </message>
    <message>
        <source>systemd user service (needs your keychain unlocked):</source>
        <translation>systemd 使用者服務（需要鑰匙圈已解鎖）：</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check the connection</source>
        <translation>檢查連線</translation>
    </message>
    <message>
        <source>The check stopped on an unexpected error ({kind}).</source>
        <translation>檢查因意外錯誤而中止（{kind}）。</translation>
    </message>
    <message>
        <source>Change OKX settings?</source>
        <translation>修改 OKX 設定？</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Changing the setting, then checking again…</source>
        <translation>正在修改設定，然後重新檢查…</translation>
    </message>
    <message>
        <source>Check stopped. Press “Check again” when you are ready.</source>
        <translation>檢查已停止。準備好後請點選「重新檢查」。</translation>
    </message>
    <message>
        <source>Connected: the key works. Press Next to save it.</source>
        <translation>已連線：Key 可以使用。點選「下一步」儲存。</translation>
    </message>
    <message>
        <source>The key cannot be used yet: see below.</source>
        <translation>此 Key 暫時無法使用：請看下方說明。</translation>
    </message>
    <message>
        <source>Change the region</source>
        <translation>更改站點</translation>
    </message>
    <message>
        <source>Change the environment</source>
        <translation>更改環境</translation>
    </message>
    <message>
        <source>Correct the keys</source>
        <translation>修改 Key</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>建立新的 Key</translation>
    </message>
    <message>
        <source>Change the account settings</source>
        <translation>更改帳戶設定</translation>
    </message>
    <message>
        <source>Use a key of another account?</source>
        <translation>使用另一個帳戶的 Key？</translation>
    </message>
    <message>
        <source>Saving it replaces the saved key: every bot using this connection will then trade on that account. Save it only if that is what you want.</source>
        <translation>儲存它會取代已儲存的 Key：之後所有使用此連線的機器人都會在那個帳戶上交易。只有確實需要時才儲存。</translation>
    </message>
    <message>
        <source>Account mode: {old} → {new}</source>
        <extracomment>{old}, {new}: OKX&apos;s account mode names, e.g. Spot mode → Spot and futures mode.</extracomment>
        <translation>帳戶模式：{old} → {new}</translation>
    </message>
    <message>
        <source>Position mode: long/short → one-way</source>
        <translation>持倉方式：開平倉模式 → 買賣模式</translation>
    </message>
    <message>
        <source>Change these settings of this OKX account?

{changes}

OKX refuses while positions or orders are open. Nothing else changes.</source>
        <translation>要修改此 OKX 帳戶的以下設定嗎？

{changes}

有持倉或掛單時 OKX 會拒絕修改。其他設定都不會改變。</translation>
    </message>
    <message>
        <source>OKX&apos;s site is open: go to {path}.</source>
        <extracomment>{path}: OKX&apos;s menu path, e.g. Profile &gt; API and connections.</extracomment>
        <translation>已開啟 OKX 網站：請依序進入 {path}。</translation>
    </message>
    <message>
        <source>Open OKX&apos;s API page</source>
        <translation>開啟 OKX 的 API 頁面</translation>
    </message>
    <message>
        <source>The app changed only the settings you confirmed. The checks themselves send signed, read-only requests.</source>
        <translation>本應用程式只修改了您確認過的設定。檢查本身只傳送已簽署的唯讀請求。</translation>
    </message>
    <message>
        <source>The app now sends a few signed, read-only requests to OKX. Nothing in your account is changed.</source>
        <translation>本應用程式現在會向 OKX 傳送幾個已簽署的唯讀請求。您的帳戶不會有任何變動。</translation>
    </message>
    <message>
        <source>SIMULATOR: these checks run against the built-in simulator, not OKX.</source>
        <translation>模擬器：這些檢查針對內建模擬器執行，而不是 OKX。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>Check the connection again</source>
        <translation>重新檢查連線</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>停止檢查</translation>
    </message>
    <message>
        <source>&amp;Fix it for me</source>
        <translation>替我修復(&amp;F)</translation>
    </message>
    <message>
        <source>Change the differing account settings for me</source>
        <translation>替我修改不一致的帳戶設定</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>檢查結果</translation>
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
        <translation>捨棄輸入的 Key？</translation>
    </message>
    <message>
        <source>The API key, secret key or passphrase you entered will be forgotten. OKX shows the secret key only once: keep OKX&apos;s page open or note it first.</source>
        <translation>您輸入的 API Key、Secret Key 或 Passphrase 將被捨棄。OKX 只顯示一次 Secret Key：請保持 OKX 頁面開啟，或先把它記下來。</translation>
    </message>
    <message>
        <source>Connect an OKX account</source>
        <translation>連結 OKX 帳戶</translation>
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
        <translation>模擬器</translation>
    </message>
    <message>
        <source>Connected to the built-in simulator, not to OKX.</source>
        <translation>已連線到內建模擬器，而不是 OKX。</translation>
    </message>
</context>
<context>
    <name>bots</name>
    <message>
        <source>The values are encrypted by the bot itself: enter the key again with “okx-key-manager add”, then remove it from the bot&apos;s configuration.</source>
        <translation>這些值由機器人自己加密：請用「okx-key-manager add」重新輸入此 Key，然後將它從機器人的設定中刪除。</translation>
    </message>
    <message>
        <source>Only part of a key was found (an API key, secret key and passphrase are all needed).</source>
        <translation>只找到 Key 的一部分（需要 API Key、Secret Key 和 Passphrase 三者齊全）。</translation>
    </message>
    <message>
        <source>Left alone: passivbot reads this file itself, from its working folder, during the whole run. Save the key with “okx-key-manager add”, remove the file, and start passivbot through “okx-key-manager run LABEL --as passivbot”: it then gets a 0600 api-keys.json in memory for the run only (docs/bots.md).</source>
        <translation>未變更：passivbot 在整個執行期間都會從其工作資料夾讀取此檔案。請用「okx-key-manager add」儲存此 Key，刪除此檔案，再透過「okx-key-manager run LABEL --as passivbot」啟動 passivbot：它將只在本次執行期間取得一個位於記憶體中、權限為 0600 的 api-keys.json（見 docs/bots.md）。</translation>
    </message>
    <message>
        <source>This may be an OKX key, but not in a file format the app rewrites: check it, save it with “okx-key-manager add”, and remove it by hand.</source>
        <translation>這可能是 OKX Key，但所在檔案的格式本應用程式無法改寫：請核對後用「okx-key-manager add」儲存，再手動刪除。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file (missing, too big or binary).</source>
        <translation>無法以文字檔讀取 {path}（不存在、過大或是二進位檔）。</translation>
    </message>
    <message>
        <source>{path} changed while its keys were checked, so it was left as it is. The keys are saved: run the migration again to remove them from it.</source>
        <translation>驗證 Key 期間 {path} 被修改，因此保持原樣。Key 已儲存：請再次遷移，把它們從檔案中刪除。</translation>
    </message>
    <message>
        <source>{path} could not be rewritten ({reason}); it is unchanged. The keys are saved: remove them from the file by hand.</source>
        <translation>無法改寫 {path}（{reason}），檔案未變更。Key 已儲存：請手動從檔案中刪除它們。</translation>
    </message>
    <message>
        <source>freqtrade cannot use an OKX demo-trading key (OKX answers “APIKey does not match current environment”). Use freqtrade&apos;s dry-run mode with a live key, ideally read-only.</source>
        <translation>freqtrade 無法使用 OKX 模擬盤 Key（OKX 會回覆「APIKey does not match current environment」）。請用實盤 Key（最好是唯讀的）搭配 freqtrade 的 dry-run 模式。</translation>
    </message>
    <message>
        <source>passivbot connects to OKX Global (www.okx.com) only; this key belongs to another OKX region and would be refused there.</source>
        <translation>passivbot 只連接 OKX 全球站（www.okx.com）；此 Key 屬於另一個 OKX 站點，在那裡會被拒絕。</translation>
    </message>
    <message>
        <source>passivbot has no OKX demo-trading mode: it would send this demo key to live trading, where OKX refuses it. Use a live key.</source>
        <translation>passivbot 不支援 OKX 模擬盤：它會把這個模擬盤 Key 送到實盤，而 OKX 會拒絕。請改用實盤 Key。</translation>
    </message>
    <message>
        <source>freqtrade would read this secret key as a number and send a wrong signature. Put it in freqtrade&apos;s configuration file instead, or create a new key.</source>
        <translation>freqtrade 會把這個 Secret Key 當成數字讀取，因而送出錯誤的簽名。請改為寫入 freqtrade 的設定檔，或建立新 Key。</translation>
    </message>
    <message>
        <source>The app cannot rewrite this file as it is (a notebook, UTF-16 text, or bytes that are not UTF-8): save the key with “okx-key-manager add”, then remove it by hand.</source>
        <translation>本應用程式無法按原樣改寫此檔案（筆記本檔案、UTF-16 文字，或含有非 UTF-8 位元組）：請用「okx-key-manager add」儲存該金鑰，然後手動將其從檔案中刪除。</translation>
    </message>
</context>
<context>
    <name>connections</name>
    <message>
        <source>No saved connection is called “{label}”. See the names with “okx-key-manager list”.</source>
        <translation>沒有名為「{label}」的已儲存連線。請用「okx-key-manager list」查看所有名稱。</translation>
    </message>
    <message>
        <source>There is no vault file at {path}.</source>
        <translation>{path} 處沒有保險庫檔案。</translation>
    </message>
    <message>
        <source>This key can withdraw funds, so it is not saved: anyone who obtains it could move your money out of OKX. Delete it on OKX and create a new one with only Read and Trade.</source>
        <translation>此 Key 可以提現資金，因此不予儲存：任何取得它的人都可能把您的資金轉出 OKX。請在 OKX 上刪除它，並建立一個只有讀取和交易權限的新 Key。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>驗證已取消。</translation>
    </message>
    <message>
        <source>The key did not pass the check.</source>
        <translation>此 Key 未通過驗證。</translation>
    </message>
    <message>
        <source>This key is already saved as “{label}”.</source>
        <translation>此 Key 已儲存為「{label}」。</translation>
    </message>
    <message>
        <source>The check stopped before it finished: the app&apos;s checking process ended. Check the connection again.</source>
        <translation>檢查未完成就停止了：本應用程式負責檢查的背景工作已結束。請重新檢查此連線。</translation>
    </message>
</context>
<context>
    <name>issuing</name>
    <message>
        <source>A key was being created on OKX (sub-account {sub}, note {note}, {at}) when the app stopped: OKX may hold a key whose secret no app has. Delete it: okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>本應用程式停止時，正在 OKX 上建立一個 Key（子帳戶 {sub}，備註名 {note}，{at}）：OKX 上可能有一個任何應用程式都沒有其 Secret Key 的 Key。請刪除它：okx-key-manager keys --from {manager} --clean-up --yes</translation>
    </message>
    <message>
        <source>“{label}” was rotated, but its old key (note {note}, sub-account {sub}) may still be on OKX. Delete it: okx-key-manager keys --from MANAGER --clean-up --yes</source>
        <translation>「{label}」已輪替，但它的舊 Key（備註名 {note}，子帳戶 {sub}）可能仍在 OKX 上。請刪除它：okx-key-manager keys --from MANAGER --clean-up --yes</translation>
    </message>
    <message>
        <source>Cleaning up on OKX</source>
        <translation>在 OKX 上清理</translation>
    </message>
    <message>
        <source>issued here</source>
        <translation>由本應用程式建立</translation>
    </message>
    <message>
        <source>changed on OKX</source>
        <translation>已在 OKX 上修改</translation>
    </message>
    <message>
        <source>unknown to the app</source>
        <translation>本應用程式未知</translation>
    </message>
    <message>
        <source>gone from OKX</source>
        <translation>已從 OKX 上消失</translation>
    </message>
    <message>
        <source>left over</source>
        <translation>遺留</translation>
    </message>
    <message>
        <source>Reading the sub-accounts&apos; keys</source>
        <translation>讀取子帳戶的 Key</translation>
    </message>
    <message>
        <source>“{ip}” is not an IP address.</source>
        <translation>「{ip}」不是 IP 位址。</translation>
    </message>
    <message>
        <source>Give the bot server&apos;s public IP addresses, like 203.0.113.7.</source>
        <translation>請提供機器人伺服器的對外 IP 位址，例如 203.0.113.7。</translation>
    </message>
    <message>
        <source>No IP address given to bind the key to.</source>
        <translation>沒有提供要綁定到該 Key 的 IP 位址。</translation>
    </message>
    <message>
        <source>Give the bot server&apos;s public IP address: a key with Trade and no bound IP is deleted by OKX after 14 days unused.</source>
        <translation>請提供機器人伺服器的對外 IP 位址：有交易權限但未綁定 IP 的 Key，連續 14 天未使用會被 OKX 自動刪除。</translation>
    </message>
    <message>
        <source>{count} IP addresses given.</source>
        <translation>提供了 {count} 個 IP 位址。</translation>
    </message>
    <message>
        <source>OKX binds at most 20 IP addresses to a key.</source>
        <translation>OKX 每個 Key 最多綁定 20 個 IP 位址。</translation>
    </message>
    <message>
        <source>A saved connection is already called “{label}”.</source>
        <translation>已有一個儲存的連線名為「{label}」。</translation>
    </message>
    <message>
        <source>Choose another name for the new key.</source>
        <translation>請為新 Key 選擇另一個名稱。</translation>
    </message>
    <message>
        <source>Creating the key on OKX…</source>
        <translation>正在 OKX 上建立 Key…</translation>
    </message>
    <message>
        <source>Checking the new key from here…</source>
        <translation>正在這台電腦上檢查新 Key…</translation>
    </message>
    <message>
        <source>OKX did not create the key</source>
        <translation>OKX 未建立該 Key</translation>
    </message>
    <message>
        <source>No answer from OKX while creating the key: {cause}</source>
        <translation>建立 Key 時 OKX 沒有回應：{cause}</translation>
    </message>
    <message>
        <source>OKX may have created the key (note {note} in sub-account {sub}) without the app receiving it. See it with: okx-key-manager keys --from {manager}; delete it with: okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>OKX 可能已建立該 Key（子帳戶 {sub} 中的備註名 {note}），但本應用程式沒有收到。查看：okx-key-manager keys --from {manager}；刪除：okx-key-manager keys --from {manager} --clean-up --yes</translation>
    </message>
    <message>
        <source>The new key could not be saved: {cause}</source>
        <translation>無法儲存新 Key：{cause}</translation>
    </message>
    <message>
        <source>The key {masked} exists on OKX (sub-account {sub}) but no app holds its secret: delete it with okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>Key {masked} 存在於 OKX 上（子帳戶 {sub}），但沒有任何應用程式持有它的 Secret Key：請用 okx-key-manager keys --from {manager} --clean-up --yes 刪除它</translation>
    </message>
    <message>
        <source>Reading the sub-accounts</source>
        <translation>讀取子帳戶</translation>
    </message>
    <message>
        <source>Creating the sub-account</source>
        <translation>建立子帳戶</translation>
    </message>
    <message>
        <source>The master account has no sub-account called “{sub}”.</source>
        <translation>主帳戶沒有名為「{sub}」的子帳戶。</translation>
    </message>
    <message>
        <source>Check the name (upper and lower case count), or create it with --create-sub-account. Sub-accounts: {names}</source>
        <translation>請檢查名稱（區分大小寫），或用 --create-sub-account 建立它。子帳戶：{names}</translation>
    </message>
    <message>
        <source>“{sub}” is a managed or custody sub-account: its keys are not yours to issue.</source>
        <translation>「{sub}」是託管交易或資產託管子帳戶：您不能為它建立 Key。</translation>
    </message>
    <message>
        <source>Choose a standard sub-account.</source>
        <translation>請選擇一個標準子帳戶。</translation>
    </message>
    <message>
        <source>{what}: {cause}</source>
        <translation>{what}：{cause}</translation>
    </message>
    <message>
        <source>A manager key is a key of your master (main) account with Read and Trade, bound to this computer&apos;s IP address. Through it the app creates, changes and deletes your sub-accounts&apos; API keys — and the same key can also trade your master account. Keep it in the strongest storage you have (a vault file, or a keychain that asks before each use); the app asks before every use that creates, changes or deletes a key. If this computer&apos;s IP address changes, bind the new one to the key on OKX&apos;s web site.</source>
        <translation>管理 Key 是您主帳戶的一個 Key，擁有讀取和交易權限，並綁定到這台電腦的 IP 位址。本應用程式透過它建立、修改和刪除您子帳戶的 API Key —— 同一個 Key 也可以在您的主帳戶中交易。請把它保存在您最安全的儲存位置（保險庫檔案，或每次使用前都會詢問的鑰匙圈）；每次建立、修改或刪除 Key 之前，本應用程式都會先詢問您。如果這台電腦的 IP 位址變了，請在 OKX 網站上把新位址綁定到該 Key。</translation>
    </message>
    <message>
        <source>Checking the manager key</source>
        <translation>檢查管理 Key</translation>
    </message>
    <message>
        <source>“{label}” is a key of a sub-account: only a key of the master (main) account can manage sub-accounts&apos; keys.</source>
        <translation>「{label}」是子帳戶的 Key：只有主帳戶的 Key 才能管理子帳戶的 Key。</translation>
    </message>
    <message>
        <source>Create the manager key on your main account.</source>
        <translation>請在您的主帳戶上建立管理 Key。</translation>
    </message>
    <message>
        <source>“{label}” has no Trade permission: OKX creates sub-accounts&apos; keys only for a key with Trade.</source>
        <translation>「{label}」沒有交易權限：OKX 只為有交易權限的 Key 建立子帳戶的 Key。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and tick Trade.</source>
        <translation>請在 OKX 上編輯該 Key 並勾選交易。</translation>
    </message>
    <message>
        <source>“{label}” is not bound to an IP address: OKX lets only IP-bound keys create, change or delete sub-accounts&apos; keys.</source>
        <translation>「{label}」未綁定 IP 位址：OKX 只允許綁定了 IP 的 Key 建立、修改或刪除子帳戶的 Key。</translation>
    </message>
    <message>
        <source>Bind the manager key to this computer&apos;s IP address first, on OKX&apos;s API page.</source>
        <translation>請先在 OKX 的 API 頁面上把管理 Key 綁定到這台電腦的 IP 位址。</translation>
    </message>
    <message>
        <source>“{label}” is not marked as the manager key.</source>
        <translation>「{label}」沒有被標記為管理 Key。</translation>
    </message>
    <message>
        <source>Mark it first: okx-key-manager manager {label} --yes</source>
        <translation>請先標記它：okx-key-manager manager {label} --yes</translation>
    </message>
    <message>
        <source>No manager key of the master account {uid} is saved: “{label}” cannot be changed on OKX without one.</source>
        <translation>沒有儲存主帳戶 {uid} 的管理 Key：沒有它，就無法在 OKX 上修改「{label}」。</translation>
    </message>
    <message>
        <source>Add the master account&apos;s manager key and mark it, then try again.</source>
        <translation>請新增主帳戶的管理 Key 並標記它，然後重試。</translation>
    </message>
    <message>
        <source>“{label}” was not issued by this app: rotate it with the wizard, or revoke it on OKX&apos;s web site.</source>
        <translation>「{label}」不是由本應用程式建立的：請用精靈輪替它，或在 OKX 網站上撤銷它。</translation>
    </message>
    <message>
        <source>Creating the new key on OKX…</source>
        <translation>正在 OKX 上建立新 Key…</translation>
    </message>
    <message>
        <source>Verifying the new key…</source>
        <translation>正在驗證新 Key…</translation>
    </message>
    <message>
        <source>Deleting the old key on OKX…</source>
        <translation>正在 OKX 上刪除舊 Key…</translation>
    </message>
    <message>
        <source>The new key did not work</source>
        <translation>新 Key 無法使用</translation>
    </message>
    <message>
        <source>OKX does not list the new key as it was asked.</source>
        <translation>OKX 列出的新 Key 與請求的不一致。</translation>
    </message>
    <message>
        <source>The rotation stopped</source>
        <translation>輪替已停止</translation>
    </message>
    <message>
        <source>The rotation stopped: {cause}</source>
        <translation>輪替已停止：{cause}</translation>
    </message>
    <message>
        <source>Nothing changed in the app: the old key is still saved and works.</source>
        <translation>本應用程式中沒有任何變化：舊 Key 仍已儲存且可用。</translation>
    </message>
    <message>
        <source>{kept} The new key {masked} is still on OKX (sub-account {sub}): delete it with okx-key-manager keys --from {manager} --clean-up --yes</source>
        <translation>{kept}新 Key {masked} 仍在 OKX 上（子帳戶 {sub}）：請用 okx-key-manager keys --from {manager} --clean-up --yes 刪除它</translation>
    </message>
    <message>
        <source>{kept} The new key was deleted on OKX.</source>
        <translation>{kept}新 Key 已在 OKX 上刪除。</translation>
    </message>
    <message>
        <source>OKX still lists the old key after deleting it.</source>
        <translation>刪除後 OKX 仍列出舊 Key。</translation>
    </message>
    <message>
        <source>The new key is saved and works, but the old key could not be deleted on OKX: {cause}</source>
        <translation>新 Key 已儲存且可用，但無法在 OKX 上刪除舊 Key：{cause}</translation>
    </message>
    <message>
        <source>The old key (note {note}, sub-account {sub}) is still on OKX: delete it with okx-key-manager keys --from MANAGER --clean-up --yes</source>
        <translation>舊 Key（備註名 {note}，子帳戶 {sub}）仍在 OKX 上：請用 okx-key-manager keys --from MANAGER --clean-up --yes 刪除它</translation>
    </message>
    <message>
        <source>“{label}” was not revoked</source>
        <translation>「{label}」未被撤銷</translation>
    </message>
    <message>
        <source>OKX no longer knew “{label}” (deleted on its web site?): removed from the app.</source>
        <translation>OKX 已不認得「{label}」（已在其網站上刪除？）：已從本應用程式中移除。</translation>
    </message>
    <message>
        <source>Confirming the deletion</source>
        <translation>確認刪除</translation>
    </message>
    <message>
        <source>OKX still lists “{label}” after deleting it: it stays saved.</source>
        <translation>刪除後 OKX 仍列出「{label}」：它仍儲存在本應用程式中。</translation>
    </message>
    <message>
        <source>Revoked before the failure: {count}. Run the command again.</source>
        <translation>失敗前已撤銷：{count} 個。請再次執行該指令。</translation>
    </message>
</context>
<context>
    <name>manager</name>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有問題</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>To be checked from the server: this computer&apos;s IP address is not bound to the key. Start the bot with it there.</source>
        <translation>待在伺服器上檢查：這台電腦的 IP 位址未綁定到該 Key。請在伺服器上用它啟動機器人。</translation>
    </message>
    <message>
        <source>Imported from a backup: last checked on another computer ({date}), not yet on this one.</source>
        <translation>從備份匯入：上次是在另一台電腦上檢查的（{date}），尚未在這台電腦上檢查。</translation>
    </message>
    <message>
        <source>{days} days left under OKX&apos;s 14-day rule: OKX&apos;s documentation says a Trade or Withdraw key without bound IPs is deleted after 14 days unused (the rule may have changed). The days count from this app&apos;s last check, but OKX does not say whether read-only requests such as these checks count as use: bind an IP address on OKX to keep the key.</source>
        <extracomment>The list shows the words before the first colon (： too): keep one there.</extracomment>
        <translation>依 OKX 的 14 天規則還剩 {days} 天：依 OKX 文件說明，未綁定 IP 的交易或提現權限 Key 在 14 天未使用後會被自動刪除（此規則可能已有變動）。天數從本應用程式上次檢查時算起，但 OKX 並未說明這類唯讀請求是否算作使用：請在 OKX 上綁定 IP 位址，以免此 Key 被刪除。</translation>
    </message>
    <message>
        <source>Unused for 14 days or more: under OKX&apos;s documented 14-day rule this key may have been deleted. Check it; if it is gone, rotate it.</source>
        <extracomment>The list shows the words before the first colon (： too): keep one there.</extracomment>
        <translation>已 14 天或更久未使用：依 OKX 文件中的 14 天規則，此 Key 可能已被自動刪除。請檢查它；如果已不存在，請輪替。</translation>
    </message>
    <message>
        <source>This key is {days} days old: rotate it (replace it with a new key).</source>
        <translation>此 Key 已建立 {days} 天：請輪替（換成新的 Key）。</translation>
    </message>
    <message>
        <source>The copy of “{label}” did not read back the same, so nothing was moved. Your keys are still where they were.</source>
        <translation>「{label}」的副本讀回後不一致，因此沒有移動任何內容。您的 Key 仍在原處。</translation>
    </message>
</context>
<context>
    <name>okx</name>
    <message>
        <source>OKX answered from {host} in {ms} ms.</source>
        <translation>OKX 已從 {host} 回應，耗時 {ms} 毫秒。</translation>
    </message>
    <message>
        <source>OKX&apos;s time could not be read.</source>
        <translation>無法讀取 OKX 的時間。</translation>
    </message>
    <message>
        <source>Your clock is within {seconds} s of OKX&apos;s time.</source>
        <translation>您的時鐘與 OKX 的時間相差在 {seconds} 秒以內。</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is {seconds} s ahead of OKX&apos;s time. The app corrects for this, but OKX refuses requests whose time is too far off, so other trading tools may fail.</source>
        <translation>您電腦的時鐘比 OKX 的時間快 {seconds} 秒。本應用程式會自動校正，但 OKX 會拒絕時間偏差過大的請求，因此其他交易工具可能會失敗。</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is {seconds} s behind OKX&apos;s time. The app corrects for this, but OKX refuses requests whose time is too far off, so other trading tools may fail.</source>
        <translation>您電腦的時鐘比 OKX 的時間慢 {seconds} 秒。本應用程式會自動校正，但 OKX 會拒絕時間偏差過大的請求，因此其他交易工具可能會失敗。</translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your system settings.</source>
        <translation>請在系統設定中開啟自動設定日期和時間。</translation>
    </message>
    <message>
        <source>OKX knows this API key.</source>
        <translation>此 API Key 在 OKX 上存在。</translation>
    </message>
    <message>
        <source>This is a demo trading key: it trades virtual funds.</source>
        <translation>這是模擬盤 Key：交易的是虛擬資金。</translation>
    </message>
    <message>
        <source>This is a live trading key: it trades real funds.</source>
        <translation>這是實盤 Key：交易的是真實資金。</translation>
    </message>
    <message>
        <source>The key belongs to OKX {region} ({site}).</source>
        <translation>此 Key 屬於 OKX {region}（{site}）。</translation>
    </message>
    <message>
        <source>The passphrase is correct.</source>
        <translation>Passphrase 正確。</translation>
    </message>
    <message>
        <source>The secret key is correct: OKX accepted the request&apos;s signature.</source>
        <translation>Secret Key 正確：OKX 接受了請求的簽名。</translation>
    </message>
    <message>
        <source>This key belongs to OKX {region} ({site}), not to OKX {chosen}.</source>
        <extracomment>{region}, {chosen}: translated region names (Global, EEA, US); {site}: an address.</extracomment>
        <translation>此 Key 屬於 OKX {region}（{site}），而不是 OKX {chosen}。</translation>
    </message>
    <message>
        <source>Choose {region} as your region: it is the OKX site you log in to.</source>
        <translation>請選擇 {region} 作為站點：也就是您登入的 OKX 網站。</translation>
    </message>
    <message>
        <source>This is a demo trading key, but live trading was chosen.</source>
        <translation>這是模擬盤 Key，但選擇的是實盤。</translation>
    </message>
    <message>
        <source>Choose demo trading to use this key, or create a live key on OKX&apos;s API page (outside Demo Trading).</source>
        <translation>請選擇模擬盤來使用此 Key，或在 OKX 的 API 頁面（模擬交易之外）建立實盤 Key。</translation>
    </message>
    <message>
        <source>This is a live trading key, but demo trading was chosen.</source>
        <translation>這是實盤 Key，但選擇的是模擬盤。</translation>
    </message>
    <message>
        <source>Choose live trading to use this key, or create a demo key under Demo Trading on OKX.</source>
        <translation>請選擇實盤來使用此 Key，或在 OKX 的「模擬交易」中建立模擬盤 Key。</translation>
    </message>
    <message>
        <source>This key can WITHDRAW funds: anyone who obtains it could move your money out of OKX.</source>
        <translation>此 Key 擁有提現權限：任何拿到它的人都可能把您的資金轉出 OKX。</translation>
    </message>
    <message>
        <source>Delete this key on OKX and create a new one with only Read and Trade. This app never needs Withdraw.</source>
        <translation>請在 OKX 上刪除此 Key，並新建一個只有讀取和交易權限的 Key。本應用程式從不需要提現權限。</translation>
    </message>
    <message>
        <source>The key lacks the Read permission the app needs.</source>
        <translation>此 Key 缺少應用程式所需的讀取權限。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and tick Read.</source>
        <translation>請在 OKX 上編輯此 Key 並勾選「讀取」。</translation>
    </message>
    <message>
        <source>The key can only read: balances show, but orders cannot be placed.</source>
        <translation>此 Key 只能讀取：可以顯示餘額，但無法下單。</translation>
    </message>
    <message>
        <source>To trade from this app, edit the key on OKX and tick Trade.</source>
        <translation>如需在本應用程式中交易，請在 OKX 上編輯此 Key 並勾選「交易」。</translation>
    </message>
    <message>
        <source>The key can read and trade, and cannot withdraw.</source>
        <translation>此 Key 可以讀取和交易，不能提現。</translation>
    </message>
    <message>
        <source>The key only works from {ips}.</source>
        <translation>此 Key 只能從 {ips} 使用。</translation>
    </message>
    <message>
        <source>The key is not bound to an IP address. Demo keys never expire.</source>
        <translation>此 Key 未綁定 IP 位址。模擬盤 Key 永不過期。</translation>
    </message>
    <message>
        <source>The key is not bound to an IP address. OKX&apos;s 14-day rule for unbound keys does not apply to read-only keys.</source>
        <translation>此 Key 未綁定 IP 位址。OKX 針對未綁定 IP 之 Key 的 14 天規則不適用於唯讀 Key。</translation>
    </message>
    <message>
        <source>The key is not bound to an IP address, so it works from anywhere. OKX&apos;s documentation says such keys with Trade or Withdraw permission are deleted after 14 days without use (the rule may have changed).</source>
        <translation>此 Key 未綁定 IP 位址，因此可以從任何地方使用。依 OKX 文件說明，這類擁有交易或提現權限的 Key 在 14 天未使用後會被自動刪除（此規則可能已有變動）。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and bind it to this computer&apos;s public IP address. OKX does not say whether read-only requests, such as this app&apos;s checks, count as use.</source>
        <translation>請在 OKX 上編輯此 Key，綁定這台電腦的對外 IP 位址。OKX 並未說明唯讀請求（例如本應用程式的檢查）是否算作使用。</translation>
    </message>
    <message>
        <source>Spot mode</source>
        <translation>現貨模式</translation>
    </message>
    <message>
        <source>Spot and futures mode</source>
        <translation>合約模式</translation>
    </message>
    <message>
        <source>Multi-currency margin mode</source>
        <translation>跨幣種保證金模式</translation>
    </message>
    <message>
        <source>Portfolio margin mode</source>
        <translation>組合保證金模式</translation>
    </message>
    <message>
        <source>Account mode: {mode}. Every account mode allows spot trading.</source>
        <translation>帳戶模式：{mode}。所有帳戶模式都可以進行現貨交易。</translation>
    </message>
    <message>
        <source>Account mode: {mode}, as the guide recommends.</source>
        <translation>帳戶模式：{mode}，符合指南的建議。</translation>
    </message>
    <message>
        <source>Account mode: {mode}. For futures the guide assumes Spot and futures mode (which older guides call single-currency margin).</source>
        <translation>帳戶模式：{mode}。交易合約時，指南假定使用合約模式（較早的教學稱之為「單幣種保證金模式」）。</translation>
    </message>
    <message>
        <source>Let the app switch to Spot and futures mode. OKX refuses while positions or orders are open, and the very first switch to a mode must be made once on OKX&apos;s web site or app.</source>
        <translation>讓本應用程式切換到合約模式。有持倉或掛單時 OKX 會拒絕切換；而且首次切換到某個模式必須先在 OKX 網站或 App 上操作一次。</translation>
    </message>
    <message>
        <source>Position mode: not used for spot trading, so left as it is.</source>
        <translation>持倉方式：現貨交易用不到，因此維持不變。</translation>
    </message>
    <message>
        <source>Position mode: one-way, as the guide recommends.</source>
        <translation>持倉方式：買賣模式，符合指南的建議。</translation>
    </message>
    <message>
        <source>Position mode: long/short, so a contract can hold a long and a short position at once. The guide assumes one-way mode.</source>
        <translation>持倉方式：開平倉模式，同一合約可同時持有多頭和空頭倉位。指南假定使用買賣模式。</translation>
    </message>
    <message>
        <source>Let the app switch to one-way mode. OKX allows it only when no positions or orders are open.</source>
        <translation>讓本應用程式切換到買賣模式。只有在沒有持倉和掛單時 OKX 才允許切換。</translation>
    </message>
    <message>
        <source>This key belongs to a sub-account (UID {uid}) of main account {main_uid}: the balances shown are the sub-account&apos;s.</source>
        <translation>此 Key 屬於主帳戶 {main_uid} 的子帳戶（UID {uid}）：顯示的是子帳戶的餘額。</translation>
    </message>
    <message>
        <source>This key belongs to your main account (UID {uid}).</source>
        <translation>此 Key 屬於您的主帳戶（UID {uid}）。</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed.</source>
        <translation>未檢查：前面的步驟失敗了。</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>未檢查：檢查已被取消。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>請等一分鐘後再試。</translation>
    </message>
    <message>
        <source>This is a fault in the app, not in your key. Please report it to the app&apos;s developers.</source>
        <translation>這是應用程式的故障，不是您的 Key 的問題。請報告給應用程式的開發者。</translation>
    </message>
    <message>
        <source>OKX is temporarily unavailable, probably for maintenance.</source>
        <translation>OKX 暫時不可用，可能正在維護。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. OKX announces maintenance on its status page.</source>
        <translation>請過幾分鐘再試。OKX 會在其狀態頁面公佈維護資訊。</translation>
    </message>
    <message>
        <source>OKX took too long to answer this request.</source>
        <translation>OKX 回應此請求的時間過長。</translation>
    </message>
    <message>
        <source>OKX could not read the request: it was not sent as JSON (Content-Type).</source>
        <translation>OKX 無法讀取該請求：它沒有以 JSON 格式（Content-Type）傳送。</translation>
    </message>
    <message>
        <source>Too many requests were sent to OKX in a short time.</source>
        <translation>短時間內向 OKX 傳送的請求過多。</translation>
    </message>
    <message>
        <source>OKX&apos;s systems are busy right now.</source>
        <translation>OKX 的系統目前繁忙。</translation>
    </message>
    <message>
        <source>OKX reported an internal system error.</source>
        <translation>OKX 報告了內部系統錯誤。</translation>
    </message>
    <message>
        <source>This request needs an API key that is bound to an IP address.</source>
        <translation>此請求需要一個綁定了 IP 位址的 API Key。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and add this computer&apos;s public IP address, or create a new key bound to it.</source>
        <translation>請在 OKX 上編輯此 Key 並新增這台電腦的對外 IP 位址，或新建一個綁定該位址的 Key。</translation>
    </message>
    <message>
        <source>This feature is not available in demo trading.</source>
        <translation>此功能在模擬盤中無法使用。</translation>
    </message>
    <message>
        <source>Use a live trading key for this feature.</source>
        <translation>請使用實盤 Key 來使用此功能。</translation>
    </message>
    <message>
        <source>OKX has frozen this API key.</source>
        <translation>OKX 已凍結此 API Key。</translation>
    </message>
    <message>
        <source>Open the API page on OKX to see why, or contact OKX support. You can also delete the key and create a new one.</source>
        <translation>請開啟 OKX 的 API 頁面檢視原因，或聯絡 OKX 客服。您也可以刪除此 Key 並新建一個。</translation>
    </message>
    <message>
        <source>This key belongs to the other trading environment (demo versus live).</source>
        <translation>此 Key 屬於另一個交易環境（模擬盤與實盤）。</translation>
    </message>
    <message>
        <source>Demo trading keys only work in demo mode and live keys only in live mode: choose the environment the key was created in.</source>
        <translation>模擬盤 Key 只能在模擬盤使用，實盤 Key 只能在實盤使用：請選擇建立 Key 時所在的環境。</translation>
    </message>
    <message>
        <source>Turn on automatic date and time in your system settings, then try again.</source>
        <translation>請在系統設定中開啟自動設定日期和時間，然後重試。</translation>
    </message>
    <message>
        <source>The request reached OKX without the API key.</source>
        <translation>請求到達 OKX 時缺少 API Key。</translation>
    </message>
    <message>
        <source>The request reached OKX without the passphrase.</source>
        <translation>請求到達 OKX 時缺少 Passphrase。</translation>
    </message>
    <message>
        <source>The passphrase does not match this API key.</source>
        <translation>Passphrase 與此 API Key 不匹配。</translation>
    </message>
    <message>
        <source>Enter the passphrase you set when you created this key on OKX. OKX cannot show it again: if it is lost, create a new key.</source>
        <translation>請輸入您在 OKX 上建立此 Key 時設定的 Passphrase。OKX 無法再次顯示它：如果遺失，請新建一個 Key。</translation>
    </message>
    <message>
        <source>The request reached OKX without its signature.</source>
        <translation>請求到達 OKX 時缺少簽名。</translation>
    </message>
    <message>
        <source>The request reached OKX without its timestamp.</source>
        <translation>請求到達 OKX 時缺少時間戳記。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not in the list of addresses bound to the key.</source>
        <translation>這台電腦的 IP 位址不在此 Key 綁定的位址清單中。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and add this computer&apos;s public IP address. If your address changes often (home internet, travel), create a key bound to an address you keep.</source>
        <translation>請在 OKX 上編輯此 Key 並加入這台電腦的對外 IP 位址。如果您的位址經常變動（家用網路、旅行），請建立綁定到固定位址的 Key。</translation>
    </message>
    <message>
        <source>OKX does not recognise this API key.</source>
        <translation>OKX 無法識別此 API Key。</translation>
    </message>
    <message>
        <source>Copy the API key again from OKX&apos;s API page. Check that it was not pasted into the secret key field by mistake and that no character is missing.</source>
        <translation>請從 OKX 的 API 頁面重新複製 API Key。檢查它是否被誤貼到 Secret Key 欄位，以及是否缺少字元。</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again. OKX counts some limits per account (User ID): requests made with every key of this account, by any program, count together.</source>
        <translation>請等幾秒鐘再試。OKX 的部分限額按帳戶（User ID）計算：此帳戶所有 Key 發出的請求，無論來自哪個程式，都合併計算。</translation>
    </message>
    <message>
        <source>OKX refused the request as expired: your computer&apos;s clock is too far from OKX&apos;s time.</source>
        <translation>OKX 以請求已過期為由拒絕：您電腦的時鐘與 OKX 的時間相差太大。</translation>
    </message>
    <message>
        <source>OKX could not read the request&apos;s timestamp: it was not in OKX&apos;s format.</source>
        <translation>OKX 無法讀取該請求的時間戳記：格式不符合 OKX 的要求。</translation>
    </message>
    <message>
        <source>The request&apos;s signature is wrong: the secret key does not match this API key.</source>
        <translation>請求的簽名錯誤：Secret Key 與此 API Key 不匹配。</translation>
    </message>
    <message>
        <source>Copy the secret key again from the note you made when creating the key. OKX shows it only once: if it is lost, create a new key.</source>
        <translation>請從您建立 Key 時所做的記錄中重新複製 Secret Key。OKX 只顯示一次：如果遺失，請新建一個 Key。</translation>
    </message>
    <message>
        <source>OKX refused the request&apos;s authorisation.</source>
        <translation>OKX 拒絕了請求的授權。</translation>
    </message>
    <message>
        <source>Enter the API key, secret key and passphrase again, exactly as OKX gave them.</source>
        <translation>請按 OKX 給出的內容，重新準確輸入 API Key、Secret Key 和 Passphrase。</translation>
    </message>
    <message>
        <source>A third-party app connected through OKX&apos;s Fast API may create only one API key for your account, and it already has one.</source>
        <translation>透過 OKX Fast API 關聯的第三方應用程式只能為您的帳戶建立一個 API Key，而它已經建立過了。</translation>
    </message>
    <message>
        <source>Delete the key that app created on OKX&apos;s API page, or create a key yourself with “API trading”.</source>
        <translation>請在 OKX 的 API 頁面刪除該應用程式建立的 Key，或自行以「API 交易」用途建立一個 Key。</translation>
    </message>
    <message>
        <source>This key is linked to a third-party app that has not shared its server IP addresses with OKX, so OKX refuses the link.</source>
        <translation>此 Key 關聯了一個未向 OKX 提供伺服器 IP 位址的第三方應用程式，因此 OKX 拒絕關聯。</translation>
    </message>
    <message>
        <source>For this app, create a key with “API trading”, not “Link a third-party app”: this app runs on your computer, not on an app&apos;s servers.</source>
        <translation>請為本應用程式建立用途為「API 交易」的 Key，不要選「關聯第三方應用」：本應用程式在您的電腦上執行，而不是在某個應用程式的伺服器上。</translation>
    </message>
    <message>
        <source>OKX does not know this API key here: it was deleted, or it belongs to another OKX region (Global, EEA or US).</source>
        <translation>OKX 在此站點找不到此 API Key：它已被刪除，或屬於 OKX 的另一個站點（全球站、歐洲經濟區站或美國站）。</translation>
    </message>
    <message>
        <source>Choose the region of the OKX site you log in to (www.okx.com, my.okx.com or app.okx.com). If the key was deleted, create a new one.</source>
        <translation>請選擇您登入的 OKX 網站對應的站點（www.okx.com、my.okx.com 或 app.okx.com）。如果 Key 已被刪除，請新建一個。</translation>
    </message>
    <message>
        <source>This API key does not have the permission this request needs.</source>
        <translation>此 API Key 沒有此請求所需的權限。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and tick the Read permission (and Trade to place orders). Never tick Withdraw.</source>
        <translation>請在 OKX 上編輯此 Key 並勾選「讀取」權限（如需下單還要勾選「交易」）。切勿勾選「提現」。</translation>
    </message>
    <message>
        <source>OKX refuses connections from this computer&apos;s IP address or its country on this site: a question of region, not of the key.</source>
        <translation>OKX 在此站點拒絕來自這台電腦 IP 位址或其所在國家/地區的連線：這是站點的問題，不是 Key 的問題。</translation>
    </message>
    <message>
        <source>Choose the region of the OKX site you log in to (www.okx.com, my.okx.com or app.okx.com): OKX serves each country from one site. A VPN or proxy can also make you appear to be elsewhere.</source>
        <translation>請選擇您登入的 OKX 網站對應的站點（www.okx.com、my.okx.com 或 app.okx.com）：OKX 每個國家/地區只由一個站點提供服務。VPN 或 Proxy 也可能讓您看起來身在別處。</translation>
    </message>
    <message>
        <source>This is not possible in your account&apos;s current trading mode.</source>
        <translation>您帳戶目前的帳戶模式不支援此操作。</translation>
    </message>
    <message>
        <source>The first switch to an account mode must be made once on OKX&apos;s web site or app (Trade &gt; Futures, then the settings (gear) icon). After that, the app can switch for you.</source>
        <translation>首次切換到某個帳戶模式必須在 OKX 網站或 App 上操作一次（交易 &gt; 合約，然後點選設定（齒輪）圖示）。之後本應用程式可以替您切換。</translation>
    </message>
    <message>
        <source>OKX cannot change this setting while you have open positions or open orders.</source>
        <translation>您有持倉或掛單時，OKX 無法更改此設定。</translation>
    </message>
    <message>
        <source>Close your open positions and cancel your open orders on OKX, then try again. Nothing was changed.</source>
        <translation>請在 OKX 上平掉持倉並撤銷掛單，然後重試。沒有任何改動。</translation>
    </message>
    <message>
        <source>Only the API key of a master account (main account) may manage sub-accounts&apos; keys; this key belongs to a sub-account.</source>
        <translation>只有主帳戶的 API Key 才能管理子帳戶的 Key；該 Key 屬於子帳戶。</translation>
    </message>
    <message>
        <source>Create the manager key on your main account (not in a sub-account), bound to this computer&apos;s IP address, with Read and Trade.</source>
        <translation>請在您的主帳戶（不是子帳戶）上建立管理 Key，綁定到這台電腦的 IP 位址，並勾選讀取和交易。</translation>
    </message>
    <message>
        <source>This sub-account already has an API key with that note name.</source>
        <translation>該子帳戶已有一個使用此備註名的 API Key。</translation>
    </message>
    <message>
        <source>Choose another name for the key.</source>
        <translation>請為該 Key 選擇另一個名稱。</translation>
    </message>
    <message>
        <source>An API key can be bound to at most 20 IP addresses.</source>
        <translation>一個 API Key 最多綁定 20 個 IP 位址。</translation>
    </message>
    <message>
        <source>Give at most 20 IP addresses.</source>
        <translation>請最多提供 20 個 IP 位址。</translation>
    </message>
    <message>
        <source>A sub-account&apos;s key cannot have the Withdraw permission.</source>
        <translation>子帳戶的 Key 不能有提現權限。</translation>
    </message>
    <message>
        <source>OKX refused the passphrase&apos;s format.</source>
        <translation>OKX 拒絕了 Passphrase 的格式。</translation>
    </message>
    <message>
        <source>The passphrase needs 8 to 32 characters with a digit, an upper-case letter, a lower-case letter and a special character.</source>
        <translation>Passphrase 需要 8 到 32 個字元，包含數字、大寫字母、小寫字母和特殊字元。</translation>
    </message>
    <message>
        <source>OKX does not have this API key in the sub-account.</source>
        <translation>OKX 在該子帳戶中沒有這個 API Key。</translation>
    </message>
    <message>
        <source>It was probably deleted already (on OKX&apos;s web site, or by an earlier run). Compare with the keys OKX lists for the sub-account.</source>
        <translation>它可能已被刪除（在 OKX 網站上，或由之前的操作）。請與 OKX 為該子帳戶列出的 Key 對照。</translation>
    </message>
    <message>
        <source>This master account has no sub-account of that name.</source>
        <translation>該主帳戶沒有這個名稱的子帳戶。</translation>
    </message>
    <message>
        <source>Check the name (6 to 20 letters and digits, upper and lower case count), or create the sub-account first.</source>
        <translation>請檢查名稱（6 到 20 個字母和數字，區分大小寫），或先建立該子帳戶。</translation>
    </message>
    <message>
        <source>A sub-account with this name already exists.</source>
        <translation>已存在這個名稱的子帳戶。</translation>
    </message>
    <message>
        <source>Choose another name for the new sub-account.</source>
        <translation>請為新子帳戶選擇另一個名稱。</translation>
    </message>
    <message>
        <source>This is a managed or custody sub-account: its keys are not yours to issue.</source>
        <translation>這是託管交易或資產託管子帳戶：您不能為它建立 Key。</translation>
    </message>
    <message>
        <source>Choose a standard sub-account.</source>
        <translation>請選擇一個標準子帳戶。</translation>
    </message>
    <message>
        <source>OKX saw this computer at {ip}, which is not among the IP addresses bound to the key.</source>
        <translation>OKX 看到這台電腦的位址是 {ip}，它不在此 Key 綁定的 IP 位址中。</translation>
    </message>
    <message>
        <source>On OKX, edit the key and add {ip} to its IP addresses. If your address changes often (home internet, travel), create a key bound to an address you keep.</source>
        <translation>請在 OKX 上編輯此 Key，把 {ip} 加入它的 IP 位址中。如果您的位址經常變動（家用網路、旅行），請建立綁定到固定位址的 Key。</translation>
    </message>
    <message>
        <source>OKX refuses connections from {ip} (this computer) or its country on this site: a question of region, not of the key.</source>
        <translation>OKX 在此站點拒絕來自 {ip}（這台電腦）或其所在國家/地區的連線：這是站點的問題，不是 Key 的問題。</translation>
    </message>
    <message>
        <source>OKX refused the request: {message}</source>
        <translation>OKX 拒絕了請求：{message}</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, look up OKX code {code} in OKX&apos;s API documentation or ask OKX support.</source>
        <translation>請稍後再試。如果一直出現，請在 OKX 的 API 文件中查詢錯誤碼 {code}，或諮詢 OKX 客服。</translation>
    </message>
    <message>
        <source>Check that this computer is online. A firewall, VPN or proxy may be blocking the connection.</source>
        <translation>請檢查這台電腦是否已連上網路。防火牆、VPN 或 Proxy 可能阻止了連線。</translation>
    </message>
    <message>
        <source>The address {host} could not be found.</source>
        <translation>找不到位址 {host}。</translation>
    </message>
    <message>
        <source>Check that this computer is online and that the server address is spelled correctly. Some networks block OKX&apos;s addresses.</source>
        <translation>請檢查這台電腦是否已連上網路，以及伺服器位址是否拼字正確。有些網路會封鎖 OKX 的位址。</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} 拒絕了連線。</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its identity could not be checked.</source>
        <translation>與 {host} 的安全連線失敗：無法驗證其身分。</translation>
    </message>
    <message>
        <source>Check your computer&apos;s date and time. On a company or school network, a proxy may be intercepting secure connections: try another network. Never enter your key on a network you do not trust.</source>
        <translation>請檢查電腦的日期和時間。在公司或學校網路中，Proxy 可能在攔截安全連線：請換一個網路。切勿在不信任的網路上輸入您的 Key。</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} 在 {seconds} 秒內沒有回應。</translation>
    </message>
    <message>
        <source>Check your internet connection and try again in a moment.</source>
        <translation>請檢查網路連線，稍後再試。</translation>
    </message>
    <message>
        <source>The connection to {host} failed.</source>
        <translation>與 {host} 的連線失敗。</translation>
    </message>
    <message>
        <source>OKX&apos;s server had a problem (HTTP {status}).</source>
        <translation>OKX 的伺服器出現問題（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of OKX data (HTTP {status}).</source>
        <translation>伺服器回傳的是網頁而不是 OKX 資料（HTTP {status}）。</translation>
    </message>
    <message>
        <source>A captive portal (hotel or café Wi-Fi login), proxy or firewall may be in the way. Open a web page in your browser to check, then try again.</source>
        <translation>可能是強制登入頁面（飯店或咖啡館 Wi-Fi 登入頁）、Proxy 或防火牆造成的。請在瀏覽器中開啟一個網頁檢查，然後重試。</translation>
    </message>
    <message>
        <source>OKX&apos;s answer could not be read (HTTP {status}).</source>
        <translation>無法讀取 OKX 的回應（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, a proxy may be altering the connection, or OKX changed its API: check for an app update.</source>
        <translation>請稍後再試。如果一直出現，可能是 Proxy 修改了連線，或 OKX 更改了 API：請檢查應用程式更新。</translation>
    </message>
    <message>
        <source>OKX&apos;s answer was not in the expected form ({what}).</source>
        <translation>OKX 的回應格式不符合預期（{what}）。</translation>
    </message>
    <message>
        <source>OKX may have changed its API: check for an app update. If you use a custom server address, check that it is really OKX.</source>
        <translation>OKX 可能更改了 API：請檢查應用程式更新。如果您使用自訂伺服器位址，請確認它確實是 OKX。</translation>
    </message>
    <message>
        <source>The server tried to send the app to another address ({location}). The app never follows redirects, so that your key is only ever sent to OKX.</source>
        <translation>伺服器試圖把應用程式重新導向到另一個位址（{location}）。應用程式從不跟隨重新導向，以確保您的 Key 只會傳送給 OKX。</translation>
    </message>
    <message>
        <source>Check the server address and your network: a captive portal or proxy may be redirecting traffic. Use one of OKX&apos;s official addresses.</source>
        <translation>請檢查伺服器位址和網路：強制登入頁面或 Proxy 可能在重新導向流量。請使用 OKX 的官方位址。</translation>
    </message>
    <message>
        <source>The API key contains a space, a line break or a character OKX does not use: it was probably copied with extra text.</source>
        <translation>API Key 中含有空格、換行或 OKX 不使用的字元：可能複製時帶上了多餘的文字。</translation>
    </message>
    <message>
        <source>The secret key starts or ends with a space or a line break: it was probably copied with extra text.</source>
        <translation>Secret Key 的開頭或結尾有空格或換行：可能複製時帶上了多餘的文字。</translation>
    </message>
    <message>
        <source>The passphrase is empty, or contains a space at either end, a line break or a character OKX does not use.</source>
        <translation>Passphrase 為空，或兩端有空格，或含有換行或 OKX 不使用的字元。</translation>
    </message>
    <message>
        <source>Enter it again, copying only the value itself, without spaces before or after.</source>
        <translation>請重新輸入，只複製值本身，前後不要帶空格。</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球站</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>歐洲經濟區站</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美國站</translation>
    </message>
    <message>
        <source>Profile &gt; API and connections</source>
        <translation>個人資料 &gt; API 與連結</translation>
    </message>
    <message>
        <source>Trade &gt; Demo Trading &gt; Personal Center &gt; Demo Trading API</source>
        <translation>交易 &gt; 模擬交易 &gt; 個人中心 &gt; 模擬盤 API</translation>
    </message>
    <message>
        <source>Trade &gt; Futures, then the settings (gear) icon at the top right</source>
        <translation>交易 &gt; 合約，然後點選右上角的設定（齒輪）圖示</translation>
    </message>
    <message>
        <source>The app refused to send your key to {host}: the address starts with http://, so anyone on the way could read it.</source>
        <translation>本應用程式已拒絕將您的 Key 傳送到 {host}：該位址以 http:// 開頭，傳輸途中任何人都能讀取。</translation>
    </message>
    <message>
        <source>Use OKX&apos;s https:// address. Plain http:// is only allowed to this computer (the built-in simulator).</source>
        <translation>請使用 OKX 的 https:// 位址。明文 http:// 只允許用於這台電腦本身（內建模擬器）。</translation>
    </message>
    <message>
        <source>Give the server as https://HOST or https://HOST:PORT, nothing more.</source>
        <translation>伺服器位址只寫 https://主機 或 https://主機:連接埠，不要加其他內容。</translation>
    </message>
    <message>
        <source>{url} contains a space or a control character.</source>
        <translation>{url} 含有空格或控制字元。</translation>
    </message>
    <message>
        <source>{url} contains a character outside plain ASCII: write an international host name in its xn-- form.</source>
        <translation>{url} 含有非 ASCII 字元：國際化網域名稱請寫成 xn-- 形式。</translation>
    </message>
    <message>
        <source>{url} contains a backslash (\), which programs read in different ways.</source>
        <translation>{url} 含有反斜線（\），不同程式對它的解讀不一致。</translation>
    </message>
    <message>
        <source>{url} contains a percent-encoded (%) part: write it plainly.</source>
        <translation>{url} 含有百分比編碼（%）的部分：請直接寫出原字元。</translation>
    </message>
    <message>
        <source>{url} is not a web address.</source>
        <translation>{url} 不是有效的網址。</translation>
    </message>
    <message>
        <source>{url} must start with https:// (or http:// to this computer).</source>
        <translation>{url} 必須以 https:// 開頭（連線本機時可用 http://）。</translation>
    </message>
    <message>
        <source>{url} has user information (user@) before the host: leave it out.</source>
        <translation>{url} 在主機前含有使用者資訊（user@）：請刪除。</translation>
    </message>
    <message>
        <source>{url} has no host.</source>
        <translation>{url} 沒有主機名稱。</translation>
    </message>
    <message>
        <source>{url} has a path, query or fragment after the host: give only https://HOST or https://HOST:PORT.</source>
        <translation>{url} 在主機後還有路徑、查詢或片段：只寫 https://主機 或 https://主機:連接埠。</translation>
    </message>
    <message>
        <source>{url} has a host ending in a dot: remove it.</source>
        <translation>{url} 的主機名稱以點結尾：請刪除結尾的點。</translation>
    </message>
    <message>
        <source>{url} names port 0.</source>
        <translation>{url} 指定了連接埠 0。</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>No system keychain was found on this computer. Keep your keys in an encrypted vault file protected by a master password instead.</source>
        <translation>這台電腦上找不到系統鑰匙圈。請改為將 Key 儲存在由主密碼保護的加密保險庫檔案中。</translation>
    </message>
    <message>
        <source>The system keychain is locked, or unlocking it was cancelled. Unlock it and try again, or keep your keys in an encrypted vault file protected by a master password.</source>
        <translation>系統鑰匙圈已鎖定，或解鎖已被取消。請解鎖後重試，或將 Key 儲存在由主密碼保護的加密保險庫檔案中。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within {seconds} seconds. Try again later, or keep your keys in an encrypted vault file protected by a master password.</source>
        <translation>系統鑰匙圈在 {seconds} 秒內沒有回應。請稍後重試，或將 Key 儲存在由主密碼保護的加密保險庫檔案中。</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Unlock it or restart it and try again, or keep your keys in an encrypted vault file protected by a master password.</source>
        <translation>系統鑰匙圈回報了錯誤。請解鎖或重新啟動它後重試，或將 Key 儲存在由主密碼保護的加密保險庫檔案中。</translation>
    </message>
    <message>
        <source>Give the connection a name of 1 to 64 characters, without line breaks.</source>
        <translation>請為連線取一個 1 到 64 個字元的名稱，不要換行。</translation>
    </message>
    <message>
        <source>A connection named “{label}” already exists. Choose another name.</source>
        <translation>已存在名為「{label}」的連線。請換一個名稱。</translation>
    </message>
    <message>
        <source>This connection no longer exists. Refresh the list and try again.</source>
        <translation>此連線已不存在。請重新整理清單後重試。</translation>
    </message>
    <message>
        <source>The keys of “{label}” are missing from the system keychain. Enter them again, or remove the connection.</source>
        <translation>系統鑰匙圈中缺少「{label}」的 Key。請重新輸入，或移除此連線。</translation>
    </message>
    <message>
        <source>The keychain item of “{label}” is damaged. Enter the keys again, or remove the connection.</source>
        <translation>「{label}」的鑰匙圈項目已損壞。請重新輸入 Key，或移除此連線。</translation>
    </message>
    <message>
        <source>These keys are too long to be an OKX API key. Copy them again from OKX.</source>
        <translation>這些內容太長，不可能是 OKX API Key。請從 OKX 重新複製。</translation>
    </message>
    <message>
        <source>Cannot write to {directory}: {reason}. Free some disk space or make the folder writable for your user account, then try again.</source>
        <translation>無法寫入 {directory}：{reason}。請釋放磁碟空間，或讓您的使用者帳戶可以寫入該資料夾，然後重試。</translation>
    </message>
    <message>
        <source>The list of saved connections in {path} is damaged ({detail}). Your keys are still in the keychain: restore the file from a backup, or move it away to start a new list.</source>
        <translation>{path} 中的已儲存連線清單已損壞（{detail}）。您的 Key 仍在鑰匙圈中：請從備份還原該檔案，或將其移走以新建清單。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of OKX Key Manager (format {version}). Update the app to open it.</source>
        <translation>{path} 由更新版本的 OKX Key Manager 寫入（格式 {version}）。請更新應用程式後再開啟。</translation>
    </message>
    <message>
        <source>The vault is locked. Enter your master password.</source>
        <translation>保險庫已鎖定。請輸入主密碼。</translation>
    </message>
    <message>
        <source>{path} could not be read.</source>
        <translation>無法讀取 {path}。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}.</source>
        <translation>無法開啟 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} holds data of a newer version of OKX Key Manager (format {version}). Update the app to open it. Nothing was changed.</source>
        <translation>{path} 中的資料來自更新版本的 OKX Key Manager（格式 {version}）。請更新應用程式後再開啟。沒有任何改動。</translation>
    </message>
    <message>
        <source>A vault file already exists at {path}. Open it instead.</source>
        <translation>{path} 已存在保險庫檔案。請直接開啟它。</translation>
    </message>
    <message>
        <source>{path} opened, but its contents are not valid ({detail}). Nothing was changed.</source>
        <translation>{path} 已開啟，但內容無效（{detail}）。沒有任何改動。</translation>
    </message>
    <message>
        <source>Choose at least one connection to back up.</source>
        <translation>請至少選擇一個要備份的連線。</translation>
    </message>
    <message>
        <source>The keychain still holds the old keys of “{label}” ({masked}), replaced by a new key. Remove them, or restore them to the list as a separate connection.</source>
        <translation>鑰匙圈中仍存有「{label}」（{masked}）的舊 Key，它已被新 Key 取代。請移除它們，或將其作為另一個連線還原到清單中。</translation>
    </message>
    <message>
        <source>Deleting “{label}” ({masked}) was interrupted: its keys are still in the keychain. Remove them, or restore the connection to the list.</source>
        <translation>刪除「{label}」（{masked}）的操作被中斷：其 Key 仍在鑰匙圈中。請移除它們，或將此連線還原到清單中。</translation>
    </message>
    <message>
        <source>Saving “{label}” ({masked}) was interrupted: its keys are in the keychain but not in the list. Restore the connection to the list, or remove the keys.</source>
        <translation>儲存「{label}」（{masked}）的操作被中斷：其 Key 已在鑰匙圈中，但不在清單中。請將此連線還原到清單中，或移除這些 Key。</translation>
    </message>
    <message>
        <source>“{label}” ({masked}) is listed, but its keys are not in the keychain. Enter the keys again, or remove the connection.</source>
        <translation>「{label}」（{masked}）在清單中，但其 Key 不在鑰匙圈中。請重新輸入 Key，或移除此連線。</translation>
    </message>
    <message>
        <source>The file asks for password hashing far costlier than this app ever uses ({params}; the limit is {limit}). Opening it could exhaust this computer&apos;s memory, so it is refused. It was not made by OKX Key Manager or was tampered with.</source>
        <translation>該檔案要求的密碼雜湊計算量遠超本應用程式使用的值（{params}；上限為 {limit}）。開啟它可能耗盡這台電腦的記憶體，因此已拒絕。它不是由 OKX Key Manager 建立的，或已被竄改。</translation>
    </message>
    <message>
        <source>The file&apos;s password hashing is weaker than this app allows ({params}; the minimum is {minimum}). Someone may have lowered it to make guessing the password cheaper, so it is refused. Restore the file from a backup.</source>
        <translation>該檔案的密碼雜湊強度低於本應用程式允許的值（{params}；最低為 {minimum}）。可能有人降低了它，使猜測密碼更容易，因此已拒絕。請從備份還原該檔案。</translation>
    </message>
    <message>
        <source>The file is empty. Saving it was probably interrupted. Restore it from a backup.</source>
        <translation>檔案為空。儲存時可能被中斷了。請從備份還原。</translation>
    </message>
    <message>
        <source>This is not an OKX Key Manager encrypted file (it does not start with the right signature). Check that you chose the right file.</source>
        <translation>這不是 OKX Key Manager 的加密檔案（開頭的簽名不對）。請確認選擇了正確的檔案。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of OKX Key Manager (format {version}; this app reads up to {supported}). Update the app to open it.</source>
        <translation>該檔案由更新版本的 OKX Key Manager 建立（格式 {version}；本應用程式最多支援 {supported}）。請更新應用程式後再開啟。</translation>
    </message>
    <message>
        <source>The file is cut off: it has {actual} bytes of the {expected} it should have. It was copied or saved only partly. Restore it from a backup or copy it again.</source>
        <translation>檔案不完整：只有 {actual} 位元組，應為 {expected} 位元組。它只被部分複製或儲存。請從備份還原，或重新複製。</translation>
    </message>
    <message>
        <source>The file has {extra} unexpected bytes after its end. It was corrupted or tampered with. Restore it from a backup.</source>
        <translation>檔案末尾有 {extra} 個多餘位元組。它已損壞或被竄改。請從備份還原。</translation>
    </message>
    <message>
        <source>The file is damaged: its header holds a value this app never writes (at byte {offset}). It was corrupted or tampered with. Restore it from a backup.</source>
        <translation>檔案已損壞：其檔頭包含本應用程式從不寫入的值（位於第 {offset} 位元組）。它已損壞或被竄改。請從備份還原。</translation>
    </message>
    <message>
        <source>This file is an OKX Key Manager backup, not a vault. To use it, restore it as a backup instead of opening it as the vault.</source>
        <translation>這是 OKX Key Manager 的備份檔案，不是保險庫。如需使用，請將其作為備份還原，而不是作為保險庫開啟。</translation>
    </message>
    <message>
        <source>This file is an OKX Key Manager vault, not a backup. Choose a backup file to restore, or open this file as the vault.</source>
        <translation>這是 OKX Key Manager 的保險庫檔案，不是備份。請選擇一個備份檔案來還原，或將此檔案作為保險庫開啟。</translation>
    </message>
    <message>
        <source>The encrypted file could not be read.</source>
        <translation>無法讀取該加密檔案。</translation>
    </message>
    <message>
        <source>The password is wrong, or the file was changed. The two cannot be told apart: check the password (Caps Lock, keyboard layout) and try again; if it is surely right, the file was damaged or tampered with — restore it from a backup.</source>
        <translation>密碼錯誤，或檔案已被更改。這兩種情況無法區分：請檢查密碼（大小寫鎖定、鍵盤配置）後重試；如果確定密碼正確，說明檔案已損壞或被竄改——請從備份還原。</translation>
    </message>
    <message>
        <source>This file was not sealed with the key that is unlocked: it was replaced or changed since it was unlocked. Lock it and unlock it again with its password.</source>
        <translation>此檔案不是用目前已解鎖的金鑰封存的：自解鎖以來它已被取代或更改。請鎖定後用它的密碼重新解鎖。</translation>
    </message>
    <message>
        <source>The password contains an invalid character (a broken Unicode sequence, often from a faulty paste). Type the password again.</source>
        <translation>密碼包含無效字元（損壞的 Unicode 序列，通常是貼上時出錯）。請重新輸入密碼。</translation>
    </message>
    <message>
        <source>The vault was locked in the meantime. Unlock it again.</source>
        <translation>保險庫在此期間已被鎖定。請重新解鎖。</translation>
    </message>
    <message>
        <source>The file is cut off: it is shorter than any complete encrypted file. It may have been copied or saved only partly. Restore it from a backup or copy it again.</source>
        <translation>檔案不完整：比任何完整的加密檔案都短。它可能只被部分複製或儲存。請從備份還原，或重新複製。</translation>
    </message>
    <message>
        <source>The file is damaged: its header holds values this app never writes. It was corrupted or tampered with. Restore it from a backup.</source>
        <translation>檔案已損壞：其檔頭含有本應用程式從不寫入的值。它已損壞或被竄改。請從備份還原。</translation>
    </message>
    <message>
        <source>This is not an OKX Key Manager encrypted file. Check that you chose the right file.</source>
        <translation>這不是 OKX Key Manager 的加密檔案。請確認選擇了正確的檔案。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of OKX Key Manager. Update the app to open it.</source>
        <translation>該檔案由更新版本的 OKX Key Manager 建立。請更新應用程式後再開啟。</translation>
    </message>
    <message>
        <source>The file asks for password-hashing settings outside the safe range. It was not made by this app or was tampered with. Restore it from a backup.</source>
        <translation>該檔案要求的密碼雜湊設定超出安全範圍。它不是由本應用程式建立的，或已被竄改。請從備份還原。</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Choose a longer one.</source>
        <translation>這個密碼太容易被猜到。請選擇更長的密碼。</translation>
    </message>
    <message>
        <source>Unlocking was cancelled. Nothing was changed.</source>
        <translation>已取消解鎖。沒有做任何變更。</translation>
    </message>
    <message>
        <source>Enter a password of at least {minimum} characters that is not only spaces.</source>
        <translation>請輸入至少 {minimum} 個字元、且不全是空格的密碼。</translation>
    </message>
    <message>
        <source>This password has {length} characters; use at least {minimum}. A few unrelated words make a long password that is still easy to remember.</source>
        <translation>這個密碼只有 {length} 個字元；請至少使用 {minimum} 個。幾個互不相關的詞可以組成既長又好記的密碼。</translation>
    </message>
    <message>
        <source>This password repeats a single character. Use a mix of words, digits and symbols.</source>
        <translation>這個密碼全是同一個字元。請混合使用單字、數字和符號。</translation>
    </message>
    <message>
        <source>This password uses only {distinct} different characters, a pattern that is guessed quickly. Use at least {minimum} different characters.</source>
        <translation>這個密碼只用了 {distinct} 個不同的字元，這種模式很快就會被猜到。請至少使用 {minimum} 個不同的字元。</translation>
    </message>
    <message>
        <source>This password is a common word or a keyboard or alphabet sequence, padded with digits or symbols — among the first guesses an attacker tries. Choose something personal to you that others would not guess.</source>
        <translation>這個密碼是常見單字或鍵盤、字母順序，只是補上了數字或符號——這是攻擊者最先嘗試的猜測之一。請選擇只對您有意義、別人猜不到的內容。</translation>
    </message>
    <message>
        <source>This password is only digits. Add letters and symbols, or make it at least {minimum} characters long.</source>
        <translation>這個密碼只有數字。請加入字母和符號，或使其至少有 {minimum} 個字元。</translation>
    </message>
    <message>
        <source>This password is only letters of one case. Add digits, symbols or capitals, or make it at least {minimum} characters long.</source>
        <translation>這個密碼只有同一種大小寫的字母。請加入數字、符號或大寫字母，或使其至少有 {minimum} 個字元。</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Give this connection a name, e.g. “Main account”.</source>
        <translation>請為此連線取個名稱，例如「主帳戶」。</translation>
    </message>
    <message>
        <source>Keep the name under {max} characters.</source>
        <translation>名稱請不要超過 {max} 個字元。</translation>
    </message>
    <message>
        <source>Paste the API key OKX showed you.</source>
        <translation>請貼上 OKX 顯示給您的 API Key。</translation>
    </message>
    <message>
        <source>The API key and the secret key look swapped: swap them back.</source>
        <translation>API Key 和 Secret Key 似乎填反了：請交換回來。</translation>
    </message>
    <message>
        <source>This looks like a secret key. The API key has dashes (8-4-4-4-12).</source>
        <translation>這看起來是 Secret Key。API Key 帶有短橫線（8-4-4-4-12）。</translation>
    </message>
    <message>
        <source>The API key contains spaces: paste it again.</source>
        <translation>API Key 中有空格：請重新貼上。</translation>
    </message>
    <message>
        <source>The API key looks cut off: {length} of {expected} characters. Copy all of it.</source>
        <translation>API Key 似乎不完整：只有 {length} 個字元，應為 {expected} 個。請完整複製。</translation>
    </message>
    <message>
        <source>The API key has extra characters at the end: was it pasted twice?</source>
        <translation>API Key 末尾有多餘字元：是不是貼上了兩次？</translation>
    </message>
    <message>
        <source>This does not look like an OKX API key (usually 36 characters like 1a2b3c4d-…-…). Check you copied the right field.</source>
        <translation>這看起來不像 OKX API Key（通常為 36 個字元，形如 1a2b3c4d-…-…）。請檢查是否複製了正確的欄位。</translation>
    </message>
    <message>
        <source>Paste the secret key. OKX shows it only once, when the key is created; if you lost it, create a new key.</source>
        <translation>請貼上 Secret Key。OKX 只在建立 Key 時顯示一次；如果遺失，請新建一個 Key。</translation>
    </message>
    <message>
        <source>The secret key is the same as the API key.</source>
        <translation>Secret Key 與 API Key 相同。</translation>
    </message>
    <message>
        <source>This looks like an API key. The secret key has 32 characters, no dashes.</source>
        <translation>這看起來是 API Key。Secret Key 為 32 個字元，沒有短橫線。</translation>
    </message>
    <message>
        <source>The secret key contains spaces: paste it again.</source>
        <translation>Secret Key 中有空格：請重新貼上。</translation>
    </message>
    <message>
        <source>The secret key looks cut off: {length} of {expected} characters. Copy all of it.</source>
        <translation>Secret Key 似乎不完整：只有 {length} 個字元，應為 {expected} 個。請完整複製。</translation>
    </message>
    <message>
        <source>The secret key is longer than {expected} characters: was it pasted twice?</source>
        <translation>Secret Key 超過 {expected} 個字元：是不是貼上了兩次？</translation>
    </message>
    <message>
        <source>This does not look like an OKX secret key (usually 32 characters, 0–9 and A–F).</source>
        <translation>這看起來不像 OKX Secret Key（通常為 32 個字元，由 0–9 和 A–F 組成）。</translation>
    </message>
    <message>
        <source>Enter the passphrase you chose when you created this API key.</source>
        <translation>請輸入您建立此 API Key 時設定的 Passphrase。</translation>
    </message>
    <message>
        <source>This is a key, not the passphrase. The passphrase is the one you typed yourself when creating the key.</source>
        <translation>這是 Key，不是 Passphrase。Passphrase 是您建立 Key 時自己輸入的那個。</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the API key&apos;s passphrase, not your login.</source>
        <translation>這看起來是電子郵件地址。請輸入 API Key 的 Passphrase，而不是登入帳號。</translation>
    </message>
    <message>
        <source>{host} could not be asked for this computer&apos;s public IP address.</source>
        <translation>無法向 {host} 查詢這台電腦的對外 IP 位址。</translation>
    </message>
    <message>
        <source>{host} did not answer with an IP address.</source>
        <translation>{host} 沒有回傳 IP 位址。</translation>
    </message>
    <message>
        <source>This key belongs to a sub-account (UID {new}) of the account the saved key used (UID {old}).</source>
        <translation>此 Key 屬於已儲存 Key 所在帳戶（UID {old}）的子帳戶（UID {new}）。</translation>
    </message>
    <message>
        <source>This key belongs to another OKX account (UID {new}) than the saved key (UID {old}).</source>
        <translation>此 Key 屬於另一個 OKX 帳戶（UID {new}），不是已儲存 Key 的帳戶（UID {old}）。</translation>
    </message>
</context>
</TS>
