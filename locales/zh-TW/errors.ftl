## 輸入錯誤：每條都寫明出錯的欄目（$field）。

err-field-label = 「{ $label }」
err-missing = 缺少{ $field }，請填寫。
err-unknown-field = 不認識的欄目{ $field }：請檢查拼寫，或刪去它。
err-not-a-region-code = { $field }應為六位行政區劃代碼，「{ $value }」不是。
err-unknown-region = { $field }：沒有代碼為 { $value } 的行政區劃。
err-not-a-number = { $field }應為數字，「{ $value }」不是。
err-negative = { $field }不能為負數（{ $value }）。
err-not-a-date = { $field }應為「年-月-日」格式的有效日期，如 2026-03-15；「{ $value }」不是。
err-not-one-of = { $field }的值「{ $value }」無效，可選：{ $allowed }。
err-out-of-range = { $field }應在 { $min } 到 { $max } 之間，「{ $value }」不在此範圍。
err-wrong-type = { $field }的型別不對，應為{ $expected }。
err-unknown-language = 不支援的語言「{ $value }」，可選：zh-CN、zh-TW、en-US。

## 欄目名稱

field-insured-region = 參保地
field-destination = 就醫地
field-query = 搜尋內容
field-lang = 語言
field-level = 行政級別
# Shared by the estimate (its case file) and the store (a saved case).
field-case = 案例
# Shared by the interview and the consent record that seals its answers.
field-answers = 問答結果
field-limit = 結果數量

## 值的類型（err-wrong-type 的 $expected）

type-object = 一組欄位（JSON 物件）
type-text = 文字
type-true-false = 是或否（true/false）
type-number = 數字
type-amount = 金額
type-list = 清單
type-json = JSON 格式
type-base64 = Base64 編碼
type-record = 簽字紀錄
type-csv = CSV 表格
field-document = 整個檔案
err-bad-json-syntax = { $field }不是有效的 JSON：第 { $line } 行第 { $column } 欄格式有誤。
err-bad-json-eof = { $field }不是完整的 JSON：內容在第 { $line } 行第 { $column } 欄提前結束了。
err-bad-json-duplicate = { $field }中的欄位「{ $key }」出現了兩次，無法確定以哪個為準。
