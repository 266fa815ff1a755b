## 知情同意與承諾（consent-）：閱讀、簽名、核驗、列印

consent-translation-notice = 英文譯本僅供理解，以中文原文為準。
consent-kind-informed-consent = 知情同意書
consent-kind-commitment = 個人承諾書
consent-kind-explanation = 說明
consent-role-insured = 參保人本人
consent-role-proxy = 受託人（代辦）
consent-relation-spouse = 配偶
consent-relation-child = 子女
consent-relation-parent = 父母
consent-relation-sibling = 兄弟姊妹
consent-relation-grandchild = 孫子女、外孫子女
consent-relation-other-relative = 其他親屬
consent-relation-service-staff = 社區或經辦機構工作人員
consent-relation-other = 其他
consent-effective-unverified = 生效日期未經發布機關原文核實：{ $note }

## 輸入錯誤

consent-err-id-length = { $field }應為18位（或舊版15位）身分證號碼，「{ $value }」有 { $length } 位。
consent-err-id-chars = { $field }只能是數字，最後一位可以是 X；「{ $value }」不符合。
consent-err-id-check = { $field }「{ $value }」的檢查碼不對，可能有一位數字輸錯了，請對照證件核對。
consent-err-id-birth-date = { $field }「{ $value }」中的出生日期 { $birth } 不是有效日期。
consent-err-id-birth-future = { $field }「{ $value }」中的出生日期 { $birth } 晚於今天（{ $asof }）。
consent-err-id-region = { $field }「{ $value }」的前六位 { $code } 不是任何時期的行政區劃代碼。
consent-err-unknown-text = { $field }：沒有這份文本（{ $value }）。
consent-err-not-signable = { $field }：「{ $value }」是說明，只需閱讀，不需簽名。
consent-err-not-displayed = { $field }：請先把全文讀完（捲動到底），再簽名。
consent-err-obligation-unconfirmed = { $field }：還有一項沒有確認：「{ $obligation }」
consent-err-fraction = { $field }的數字 { $value } 帶小數；簽名紀錄裡的小數請寫成文字，如 "12.5"。
consent-err-precision = { $field }的座標 { $value } 小數位太多，最多保留 3 位。
consent-err-text-region = { $field }：{ $region }的參保人不適用《{ $title }》。
consent-err-proxy-same-person = { $field }：代辦人的身分證號碼與參保人相同；本人簽名請選擇「參保人本人」。
consent-err-typed-name = { $field }：輸入的姓名應與簽名人姓名「{ $expected }」一致。
consent-err-signed-on = { $field }：簽名日期 { $value } 應為今天（{ $today }）。
consent-err-name = { $field }：姓名最多 { $max } 個字，且不能含控制字元。
consent-err-signature-empty = { $field }：還沒有簽名，請在簽名框內書寫。
consent-err-end-before-start = { $field }：結束日期 { $value } 早於開始日期 { $start }。
consent-err-phone = { $field }：「{ $value }」不是有效的電話號碼（7 到 15 位數字）。
consent-err-record-invalid = { $field }：簽名紀錄未通過核驗（{ $problem }），不能列印。
consent-err-form-other-person = { $field }：登記表上的身分證號碼與簽名紀錄中的參保人不一致。
consent-err-key = 無法使用本機簽章金鑰：{ $detail }
consent-err-key-io = 無法讀取或建立本機簽章金鑰 { $path }：{ $detail }
consent-err-key-malformed = { $path } 不是本程式的簽章金鑰檔。
consent-err-key-too-open = 簽章金鑰 { $path } 其他使用者也能讀取（權限 { $mode }），必須是 600（僅本人可讀寫）。
consent-err-font-io = 無法讀取字型 { $path }：{ $detail }。請安裝中文字型（如 Debian 的 fonts-noto-cjk），或用 --font 指定。
consent-err-font-invalid = { $path } 不是可用的字型檔。
consent-err-font-glyphs = 字型裡沒有這些字：{ $chars }
consent-err-font = 無法使用字型：{ $detail }
consent-err-file = 無法讀寫檔案 { $path }：{ $detail }

## 核驗結果

consent-verify-valid = 簽名紀錄有效：簽名後沒有任何改動。
consent-verify-malformed = 不是完整的簽名紀錄：{ $field }缺少或格式不對。
consent-verify-altered = { $field }在簽名後被改動過。
consent-verify-added = { $field }是簽名後加入的。
consent-verify-removed = { $field }在簽名後被刪除了。
consent-verify-seal-broken = 各欄位未見改動，但簽章封印不符：簽章值、公鑰或摘要表被改動過。
consent-verify-text-mismatch = { $field }：紀錄中的文本與該版本的正式文本不一致。
consent-verify-text-unknown = { $field }：本程式不認識這份文本及版本，無法比對原文。
consent-verify-other-key = 紀錄是用另一把金鑰封印的，不是指定裝置的金鑰。

## 列印資料

consent-pdf-form-title = 跨省異地就醫登記備案表
consent-pdf-insured-name = 參保人姓名
consent-pdf-id-number = 公民身分證號碼
consent-pdf-insured-region = 參保地
consent-pdf-scheme = 險種類型
consent-pdf-category = 備案類別
consent-pdf-destination = 就醫地（地市）
consent-pdf-start-date = 備案開始日期
consent-pdf-end-date = 備案結束日期
consent-pdf-end-date-open = 長期有效（變更或取消前）
consent-pdf-phone = 聯絡電話
consent-pdf-proxy = 代辦人（姓名、身分證號碼、關係）
consent-pdf-applicant-signature = 申請人簽名
consent-pdf-date = 日期：
consent-pdf-form-note = 本表由「異地就醫備案助手」依填寫內容產生，供辦理時參考和核對；以參保地醫保經辦機構的正式表格和審核為準。
consent-pdf-insured = 參保人：
consent-pdf-signer = 簽名人：
consent-pdf-relation = 與參保人關係：
consent-pdf-signer-id = 簽名人身分證號碼：
consent-pdf-typed-name = 簽名人輸入的姓名：
consent-pdf-fingerprint = 電子簽名紀錄：文本 { $id } 版本 { $version }，原文摘要 { $hash }…，裝置公鑰 { $key }…，簽名時間 { $at }。可用 yidi consent verify 核驗紀錄檔。
consent-pdf-checklist = 資料清單
consent-pdf-next-steps = 下一步

## 介面文字（簽名頁面）

ui-consent-read-title = 請閱讀並確認
ui-consent-scroll-hint = 請捲動讀完全文，讀完後才能簽名。
ui-consent-original = 原文
ui-consent-summary = 白話說明
ui-consent-translation = 英文譯本（僅供理解）
ui-consent-confirm-each = 請逐條確認：
ui-consent-signer-self = 我是參保人本人
ui-consent-signer-proxy = 我替參保人辦理（代辦）
ui-consent-proxy-name = 代辦人姓名
ui-consent-proxy-id = 代辦人身分證號碼
ui-consent-proxy-relation = 與參保人的關係
ui-consent-sign-here = 請在框內簽名
ui-consent-clear = 重寫
ui-consent-typed-name = 請輸入簽名人姓名
ui-consent-date = 簽名日期
ui-consent-submit = 確認簽名
ui-consent-print = 產生列印資料
ui-consent-verify = 核驗簽名紀錄

## 欄位名稱

field-text = 文本
field-text-id = 文本編號
field-text-version = 文本版本
field-displayedfully = 全文已閱讀
field-confirmedobligations = 逐條確認
field-insured = 參保人
field-insured-name = 參保人姓名
field-insured-idnumber = 參保人身分證號碼
field-signer = 簽名人
field-signer-role = 簽名人身分
field-signer-name = 簽名人姓名
field-signer-idnumber = 簽名人身分證號碼
field-signer-relation = 與參保人關係
field-typedname = 輸入的姓名
field-signedon = 簽名日期
field-signature = 簽名
field-signature-pad = 簽名框
field-signature-pad-width = 簽名框寬度
field-signature-pad-height = 簽名框高度
field-signature-strokes = 簽名筆畫
field-signature-strokes-x = 筆畫點橫座標
field-signature-strokes-y = 筆畫點縱座標
field-signature-strokes-t = 筆畫點時間
field-form = 登記表
field-form-insuredname = 參保人姓名
field-form-idnumber = 公民身分證號碼
field-form-insuredregion = 參保地
field-form-scheme = 險種類型
field-form-category = 備案類別
field-form-destination = 就醫地
field-form-startdate = 備案開始日期
field-form-enddate = 備案結束日期
field-form-phone = 聯絡電話
field-record = 簽名紀錄
field-checklist = 資料清單
field-nextsteps = 下一步
