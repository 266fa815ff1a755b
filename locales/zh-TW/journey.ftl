## 旅程：辦理對象、下一步、設定、開始頁

ui-person-bar-label = 辦理對象
ui-person-bar-prefix = 正在為：
ui-person-bar-suffix = 辦理
ui-person-bar-none = 還沒有選擇為誰辦理。
ui-person-bar-switch = 切換
ui-person-bar-choose = 選擇家人

ui-next-step-label = 下一步
ui-next-step-title = 下一步
ui-next-step-check = 開始備案指引
ui-next-step-check-hint = 回答幾個問題，弄清該辦哪一類備案、帶什麼材料。
ui-next-step-hospitals = 選定就醫的醫院
ui-next-step-hospitals-hint = 查一查醫院是否開通了跨省直接結算。
ui-next-step-estimate = 估算費用
ui-next-step-estimate-hint = 看看醫保大約報多少，自己大約付多少。
ui-next-step-consent = 閱讀並簽署告知承諾書
ui-next-step-consent-hint = 逐條閱讀，簽字後儲存並列印備案材料。
ui-next-step-people = 存到家人檔案
ui-next-step-people-hint = 方案和日期存到這個人的檔案裡，到期前會提醒您。
ui-next-step-people-desk = 結束本位辦理
ui-next-step-people-desk-hint = 列印材料交給辦事人，再點「下一位」：本位的所有資料都會清除。
ui-next-step-people-after-trip = 存到家人檔案
ui-next-step-people-after-trip-hint = 已經出院：把這次的方案和日期存到這個人的檔案裡，回參保地報銷要帶的材料也在方案裡。

ui-settings = 設定
ui-settings-title = 設定
ui-settings-close = 關閉
ui-settings-lang = 語言
ui-settings-elder = 大字模式（長輩模式）
ui-settings-elder-hint = 字更大、按鈕更大，適合長輩使用。

ui-start-self = 為自己辦 →
ui-start-family = 替家人辦 →
ui-start-staff = 開始櫃檯服務模式 →
ui-start-title = 從這裡開始

ui-consent-summary-title = 請核對參保人和簽字人
ui-consent-summary-hint = 以下資料來自家人檔案，不必再填。不對的話點「修改」。
ui-consent-summary-change = 修改

ui-packet-open = 開啟 PDF
ui-packet-print = 列印
ui-packet-reveal = 顯示所在資料夾
ui-packet-print-hint = PDF 開啟後，在檢視器裡選「列印」。
ui-packet-open-failed = 沒能開啟：
ui-packet-tech = 技術資訊

ui-unlock-show = 顯示密碼
ui-unlock-strength-weak = 密碼太短：至少 8 個字，漢字、字母、數字都可以。
ui-unlock-strength-fair = 還可以。再長一點（12 個字以上）或混用漢字、字母、數字會更安全。
ui-unlock-strength-strong = 很好，這個密碼不容易被猜到。
ui-unlock-forgot = 忘記密碼怎麼辦？
ui-unlock-forgot-cannot = 檔案用這個密碼加密，只存在這台電腦上。沒有密碼、設定時列印的復原碼（或系統鑰匙圈裡的鑰匙），誰都打不開，本助手的開發者也不能。
ui-unlock-forgot-can = 不受影響的：已經在醫保部門辦好的備案；已儲存的 PDF 列印材料和簽字記錄（在「下載」資料夾）；匯出給家人的檔案檔（用匯出時另設的密碼開啟）。
ui-unlock-forgot-start-over = 實在想不起來：可以刪除檔案檔後重新開始，再把家人和情況重新填一遍，或匯入以前匯出的檔案檔。

ui-error-summary-title = 請先改正下面的問題
ui-date-year = 年
ui-date-month = 月
ui-date-day = 日

## 復原碼（設定時顯示一次）
ui-recovery-title = 您的復原碼
ui-recovery-what = 忘記密碼時，用這個復原碼也能開啟檔案，並設一個新密碼。
ui-recovery-warning = 本助手不儲存您的密碼，也不儲存這個復原碼：兩樣都沒有時，誰都無法找回檔案裡的資料，本助手的開發者也不能。
ui-recovery-keep = 請現在列印或抄在紙上，和重要證件放在一起；不要拍照傳給別人。這個復原碼只顯示這一次。
ui-recovery-changed = 密碼改了之後，以前列印的復原碼就作廢了，請換成這一張。
ui-passphrase-section = 密碼
ui-passphrase-change = 變更密碼
ui-passphrase-change-hint = 先輸入目前的密碼，再把新密碼輸入兩遍。改完會給您一張新的復原碼，以前列印的那張就不能用了。
ui-passphrase-current = 目前的密碼
ui-passphrase-new = 新密碼
ui-passphrase-change-submit = 變更密碼
ui-recovery-print = 列印
ui-recovery-done = 我已列印或抄好
ui-recovery-open = 用復原碼開啟
ui-recovery-code = 復原碼
ui-recovery-code-hint = 6 組，每組 5 個字母或數字；大小寫、空格和橫線都不要緊。
ui-recovery-new = 新密碼
ui-recovery-new-again = 再輸入一遍新密碼
ui-recovery-submit = 開啟並設新密碼
