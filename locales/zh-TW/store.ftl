## 家人與備案檔案（store）：錯誤訊息

case-err-wrong-passphrase = 密碼不對，無法開啟。資料沒有變動，請再試一次。
case-err-need-passphrase = 需要輸入密碼：這台電腦上沒有可用的系統鑰匙圈來保管金鑰。
case-err-export-need-passphrase = 這個案例檔是加密的：請輸入匯出它的人另外告訴您的檔案密碼（不是本機檔案庫的密碼）。
case-err-export-wrong-passphrase = 檔案密碼不對，無法開啟這個案例檔。請向匯出它的人核對；本機資料沒有改動。
field-import-passphrase = 檔案密碼
case-err-read-only = 無法寫入「{ $path }」：所在的磁碟或資料夾是唯讀的。已儲存的內容沒有遺失；請換一個可寫入的位置，或檢查權限。
case-err-disk-full = 磁碟已滿，沒能儲存到「{ $path }」。已儲存的內容沒有遺失；請騰出空間後再儲存。
case-err-io = 讀寫「{ $path }」時出錯：{ $detail }。已儲存的內容沒有變動。
case-err-corrupt = 「{ $path }」不是可讀取的備案檔案，或已損壞（{ $detail }）。請勿刪除它，可先從匯出的檔案復原。
case-err-too-new = 這份檔案由較新版本的助手儲存（格式 { $found }），本版本最高支援格式 { $supported }。請先更新助手。
case-err-person-not-found = 找不到這位家人（編號 { $id }）。
case-err-case-not-found = 找不到這份備案檔案（編號 { $id }）。
case-err-conflict = 這份檔案剛在別處修改過（您開啟的是第 { $expected } 版，現在是第 { $found } 版）。請重新開啟後再修改。
case-err-qr-too-large = 內容有 { $bytes } 位元組，一個 QR Code 最多容納 { $max } 位元組。請改用匯出檔案。
case-err-not-an-export = 這不是本助手匯出的檔案（{ $detail }）。
case-err-no-store = 在 { $path } 找不到本程式的檔案庫。請檢查路徑是否寫錯；要新建，請先執行 yidi case init。
case-err-database = 檔案資料庫出錯：{ $detail }。
case-err-too-long = { $field }太長了，最多 { $max } 個字。
case-err-not-an-id-number = { $field }應為 18 碼身分證號碼（最後一碼可以是 X），「{ $value }」不是。
case-err-id-birth-date = { $field }中的出生日期不存在：「{ $value }」。
case-err-id-checksum = { $field }「{ $value }」的檢查碼不對，依前 17 碼計算應為 { $expected }。請核對是否抄錯。
case-err-not-a-phone = { $field }應為 5 到 15 位數字的電話號碼，「{ $value }」不是。
case-err-end-before-start = { $field }（{ $end }）早於生效日期（{ $start }）。
case-err-bad-name = { $field }「{ $value }」只能使用小寫英文字母、數字和底線，且以字母開頭。
case-err-bad-id = { $field }「{ $value }」不是有效的編號：只能使用 1 到 64 個英文字母、數字、「-」或「_」。
case-err-one-self = { $field }：「本人」只能有一位；請把這位家人設為其他關係。
case-err-not-in-desk-mode = { $field }：現在不是櫃檯服務模式，請先開始櫃檯服務模式。
case-err-current-passphrase = { $field }不對，密碼沒有改。
case-err-desk-no-passphrase = { $field }：櫃檯服務模式沒有密碼可改。
case-err-plain-with-passphrase = { $field }：已設了密碼，又選了不加密；請只選一種。

## 關係

case-relation-self = 本人
case-relation-mother = 母親
case-relation-father = 父親
case-relation-spouse = 配偶
case-relation-child = 子女
case-relation-other = 其他

## 提醒

case-reminder-validity-ends = { $person }的備案將於 { $date } 到期，還有 { $days } 天。
case-reminder-validity-ends-today = { $person }的備案今天（{ $date }）到期。
case-reminder-validity-ended = { $person }的備案已於 { $date } 到期（{ $days } 天前）。下次就醫前請重新備案。
case-reminder-change-opens = { $person }的備案從 { $date } 起可以變更或取消，還有 { $days } 天。
case-reminder-change-opens-today = 從今天（{ $date }）起，{ $person }的備案可以變更或取消。

## 匯入與櫃檯服務模式

case-import-created = 已新增
case-import-updated = 已更新為較新的版本
case-import-kept-local = 本機已有相同或更新的版本，未變動
case-desk-wiped = 已清除上一位的資料：{ $people } 人、{ $cases } 份檔案、{ $files } 個暫存檔。
case-unlocked-keyring = 已用系統鑰匙圈開啟
case-unlocked-passphrase = 已用密碼開啟
case-unlocked-ephemeral = 櫃檯服務模式：只在記憶體中，不寫入磁碟

## 介面

ui-case-people-title = 家人
ui-case-add-person = 新增家人
ui-case-switch-person = 切換到
ui-case-me = 我
ui-case-owner-title = 我的身分資料（代辦時使用）
ui-case-owner-hint = 只存一份；替家人代辦時自動帶入，不必每次重填。
ui-case-save = 儲存
ui-case-saved = 已儲存
ui-case-delete = 刪除
ui-case-reminders-title = 提醒
ui-case-no-reminders = 近期沒有需要留意的日期。
ui-case-export = 匯出檔案
ui-case-export-hint = 檔案以您設定的密碼加密；請另外告訴對方密碼，不要和檔案一起傳送。
ui-case-export-plain = 不加密匯出（僅供自己保存）
ui-case-import = 匯入檔案
ui-case-qr = 產生 QR Code
ui-case-qr-hint = QR Code 只帶預填答案，不含身分證號碼和電話。
ui-case-qr-include-name = QR Code 裡包含姓名
ui-case-passphrase = 密碼
ui-case-passphrase-hint = 忘記密碼將無法開啟檔案，請牢記。
ui-case-desk-start = 開始櫃檯服務模式
ui-case-desk-hint = 共用電腦：資料只保存在記憶體裡，不寫入磁碟。
ui-case-desk-next = 下一位
ui-case-desk-keep = 幫他保存（匯出到他的隨身碟）
ui-case-desk-print = 列印資料
ui-case-desk-end = 結束櫃檯服務模式
ui-case-desk-timeout = 長時間沒有操作，已自動清除上一位的資料。
ui-nav-people = 家人與檔案
ui-case-unlock-title = 開啟家人檔案
ui-case-unlock-hint = 檔案加密保存在這台電腦上，請輸入您設定的密碼。
ui-case-create-title = 設定一組密碼來保護家人檔案
ui-case-create-hint = 檔案裡有姓名、身分證號碼等資料，會加密保存在這台電腦上；以後每次開啟都要輸入這組密碼。
ui-case-passphrase-again = 再輸入一次密碼
ui-case-passphrase-mismatch = 兩次輸入的密碼不一樣，請重新輸入。
ui-case-unlock = 開啟
ui-case-create = 建立並開啟
ui-case-edit = 修改
ui-case-current = 目前選定
ui-case-relation = 關係
ui-case-label = 稱呼（如「媽媽」）
ui-case-name = 姓名
ui-case-id-number = 身分證號碼
ui-case-phone = 電話
ui-case-cancel = 取消
ui-case-optional = 可不填
ui-case-no-people = 還沒有新增家人。請先新增要辦理備案的人，例如「我」「媽媽」「爸爸」。
ui-case-choose-person = 請在上面的名單裡點「切換到」，選擇要辦理的人。
ui-case-cases-title = 備案檔案
ui-case-no-cases = 這位家人還沒有儲存的備案檔案。
ui-case-save-situation = 把目前情況存成檔案
ui-case-save-situation-hint = 會儲存各頁面裡已選的參保地、就醫地、備案類別和醫院，以及下面的日期。
ui-case-update-situation = 更新這份檔案
ui-case-dates-title = 備案日期（辦好備案後填寫，到期前提醒您）
ui-case-validity-start = 備案生效日期
ui-case-validity-end = 有效期至（臨時備案）
ui-case-change-from = 最早可變更或取消日（長期備案）
ui-case-notify-days = 提前幾天提醒
ui-case-date-hint = 例：2026-08-31
ui-case-open = 用這份檔案繼續
ui-case-opened = 已把這份檔案的情況帶入各頁面。
ui-case-exported-to = 已匯出到：
ui-case-import-passphrase = 檔案密碼（匯出的人另外告訴您的）
ui-case-import-person = 家人：
ui-case-import-case = 檔案：
ui-case-choose-file = 選擇檔案
ui-case-proxy = 代辦人（我）：
ui-case-handoff-title = 匯出給家人或帶到櫃檯
ui-case-desk-banner = 櫃檯服務模式：什麼都不儲存
ui-case-desk-idle-hint = 一段時間沒有人操作會自動清除。服務完一位，請點「下一位」。
ui-case-desk-served = 本次已服務
ui-case-notify-title = 異地就醫備案提醒
ui-case-close = 關閉
ui-case-valid-until = 有效期至

## 欄目名稱

field-passphrase = 密碼
field-file-name = 檔名
field-person = 家人
field-person-uid = 家人編號
field-person-relation = 關係
field-person-label = 稱呼
field-person-identity = 身分資料
field-person-identity-name = 姓名
field-person-identity-id-number = 身分證號碼
field-person-identity-phone = 電話
field-person-identity-signature = 簽名
field-owner = 我的身分資料
field-owner-name = 我的姓名
field-owner-id-number = 我的身分證號碼
field-owner-phone = 我的電話
field-owner-signature = 我的簽名
field-case-uid = 檔案編號
field-case-person-uid = 檔案所屬家人
field-case-revision = 檔案版本
field-case-expected-revision = 開啟時的檔案版本
field-case-category = 備案類別
field-case-insured-region = 參保地
field-case-destination = 就醫地
field-case-validity-start = 備案生效日期
field-case-validity-end = 有效期至
field-case-change-from = 最早可變更或取消日
field-person-facts = 有關參保人的情況
field-case-notify-days = 提前提醒天數
field-case-by-proxy = 是否代辦
field-case-documents = 檔案內容
field-file-format = 檔案格式
field-file-version = 檔案版本
field-file-encryption = 加密方式
field-file-content = 檔案內容
field-file-kdf = 金鑰參數
field-file-salt = 金鑰鹽值
field-file-sealed = 加密內容
field-prefill-format = QR Code 格式
field-prefill-version = QR Code 版本
field-prefill-relation = 關係
field-prefill-name = 姓名
field-reminders-as-of = 查詢日期
field-desk-idle-minutes = 無操作自動清除（分鐘）
field-export-path = 匯出位置
field-desk = 櫃檯服務模式
field-store-passphrase = 密碼
field-store-current = 目前的密碼
field-export-case-uid = 要匯出的檔案
field-export-passphrase = 匯出密碼
field-export-plain = 不加密匯出

## 復原碼
field-recovery-code = 復原碼
case-err-wrong-recovery-code = { $field }不對，無法開啟。請對照列印的紙逐組核對；資料沒有改動。
case-err-not-a-recovery-code = { $field }應為 30 個字母和數字（6 組，每組 5 個），請對照列印的紙重新輸入。
case-err-no-recovery-code = { $field }：這個檔案建立時還沒有復原碼，只能用密碼開啟。
case-unlocked-recovery-code = 已用復原碼開啟
