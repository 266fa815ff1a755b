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
