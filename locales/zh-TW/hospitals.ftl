## 定點醫藥機構目錄

hosp-level-3a = 三級甲等
hosp-level-3b = 三級乙等
hosp-level-3c = 三級丙等
hosp-level-3 = 三級
hosp-level-2a = 二級甲等
hosp-level-2b = 二級乙等
hosp-level-2c = 二級丙等
hosp-level-2 = 二級
hosp-level-1a = 一級甲等
hosp-level-1b = 一級乙等
hosp-level-1c = 一級丙等
hosp-level-1 = 一級
hosp-level-unrated = 未定級
hosp-level-unknown = 等級未註明

hosp-kind-general = 綜合醫院
hosp-kind-tcm = 中醫醫院
hosp-kind-specialist = 專科醫院
hosp-kind-community = 基層醫療機構
hosp-kind-pharmacy = 定點零售藥局
hosp-kind-unknown = 類型未註明

hosp-service-inpatient = 住院
hosp-service-outpatient = 一般門診
hosp-service-chronic = 門診慢特病

hosp-network-yes = 已開通跨省直接結算
hosp-network-no = 未開通跨省直接結算
hosp-network-unknown = 是否開通跨省直接結算：名單未註明

hosp-data-date = 資料日期：{ $date }
hosp-data-date-unknown = 資料日期：來源名單未註明日期
hosp-data-date-bundled = 名單年份：2020 年彙編（北京部分來自年代不詳的舊名單）
hosp-list-note-bundled = 這份名單是 2020 年彙編的公開醫院名單，不是醫保部門公布的定點醫療機構名單，也沒有寫明哪家開通了跨省直接結算。選定前請在國家醫保服務平臺 App 查詢「異地就醫定點醫療機構」，或撥打就醫地「區號+12333」核實。
hosp-list-note = 是否為定點醫療機構、是否開通跨省直接結算，以醫保部門公布為準：可在國家醫保服務平臺 App 查詢「異地就醫定點醫療機構」，或撥打就醫地「區號+12333」核實。
hosp-coverage-none = 本機名單裡沒有{ $region }的醫院（{ $province }共有 { $provinceCount } 家）。這不代表當地沒有定點醫院。
hosp-coverage-some = 本機名單在{ $region }有 { $count } 家醫院（{ $province }共 { $provinceCount } 家），並不齊全。
hosp-coverage-province = 本機名單在{ $region }有 { $count } 家醫院，並不齊全。
hosp-row-source-seed000 = 北京市定點醫院舊名單（年代不詳）
hosp-row-source-3a = { $date } 年三甲醫院彙編（3AHospital by Luoyun）
hosp-row-source-named = { $date } 年醫院名單（wuhan2020map）
hosp-source-bundled = 內建名單：2020 年彙編的醫院名單（由三級甲等醫院彙編「3AHospital by Luoyun, github.com/46319943/3AHospital」（Apache-2.0）、公開的醫院名單 wuhan2020map（MIT）和北京市定點醫院舊名單合併而成），不是醫保部門公布的定點醫療機構名單
hosp-source-imported = 本機匯入的名單
hosp-source-feed = 資料更新第 { $version } 版
hosp-synthetic-warning = 合成的測試資料，並非真實機構
hosp-distance = 距離約 { $km } 公里
hosp-distance-under-one = 距離不到 1 公里
hosp-outside-destination = 這家醫院在{ $place }，不在您的就醫地{ $destination }。
hosp-import-done = 已匯入 { $count } 家機構。

## 錯誤

hosp-err-duplicate-code = { $field }：機構代碼 { $value } 在檔案中重複出現。
hosp-err-synthetic-code = { $field }：代碼 { $value } 屬於合成測試資料，不能當作真實名單匯入。
hosp-err-division-mismatch = { $field }：{ $value } 與下一級行政區 { $inner } 不相符。
hosp-err-file = { $field }：無法讀取檔案「{ $value }」（{ $detail }）。
hosp-err-more = { $first }（另有 { $count } 處錯誤）

## 資料更新

hosp-update-bad-feed-url = 更新網址「{ $url }」不是 https 網址。
hosp-update-bad-key = 受信任的公鑰無效，應為 64 位十六進位數字。
hosp-update-network = 無法從 { $url } 下載：{ $detail }。
hosp-update-http-status = { $url } 回傳了 HTTP { $status }。
hosp-update-bad-signature = 更新清單的簽章無法以受信任的公鑰驗證，可能遭到竄改。
hosp-update-bad-manifest = 更新清單格式不正確：{ $detail }。
hosp-update-stale = 更新來源提供的是第 { $offered } 版，比已安裝的第 { $installed } 版舊，不予安裝。
hosp-update-truncated = { $file } 下載不完整：只收到 { $got } 位元組，應為 { $expected } 位元組。
hosp-update-tampered = { $file } 與簽章清單不符，可能遭到竄改。
hosp-update-invalid = { $file } 的內容有誤：{ $detail }
hosp-update-io = 無法寫入資料目錄：{ $detail }。
hosp-update-kept = 目前資料未變動。
hosp-update-updated = 已更新到第 { $to } 版（發布於 { $published }）。
hosp-update-up-to-date = 已是最新的第 { $version } 版。

## 欄位名稱

field-hospitals = 名單第幾列
field-hospitals-code = 機構代碼
field-hospitals-name = 機構名稱
field-hospitals-aliases = 別名
field-hospitals-province = 省級行政區
field-hospitals-city = 地級行政區
field-hospitals-county = 縣級行政區
field-hospitals-address = 地址
field-hospitals-level = 醫院等級
field-hospitals-type = 機構類型
field-hospitals-specialty = 專科
field-hospitals-inpatient = 住院連線
field-hospitals-outpatient = 一般門診連線
field-hospitals-chronic = 門診慢特病連線
field-hospitals-longitude = 經度
field-hospitals-latitude = 緯度
field-hospitals-confirmed = 核實日期
field-filter-region = 地區
field-filter-level = 醫院等級
field-filter-kind = 機構類型
field-filter-networked = 連線結算類型
field-near = 居住地
field-file = 檔案
field-feed = 更新網址
field-key = 更新公鑰

## 桌面應用程式：定點醫院查詢（ui-hospitals-*）

ui-nav-hospitals = 定點醫院
ui-hospitals-title = 查詢定點醫院
ui-hospitals-intro = 輸入醫院名稱、拼音或拼音首字母都可以，例如「協和」「xiehe」「xhyy」。選定一家後，它的等級和所在地會用於費用估算。
ui-hospitals-search-label = 醫院名稱
ui-hospitals-search-placeholder = 例如：協和、xiehe、xhyy
ui-hospitals-filters = 篩選條件
ui-hospitals-region-label = 所在地區（不選則查詢全部地區）
ui-hospitals-level-label = 醫院等級
ui-hospitals-level-any = 不限等級
ui-hospitals-level-3 = 三級醫院
ui-hospitals-level-2 = 二級醫院
ui-hospitals-level-1 = 一級醫院
ui-hospitals-level-unrated = 未定級
ui-hospitals-kind-label = 機構類型
ui-hospitals-kind-any = 不限類型
ui-hospitals-kind-general = 綜合醫院
ui-hospitals-kind-tcm = 中醫醫院
ui-hospitals-kind-specialist = 專科醫院
ui-hospitals-kind-community = 基層醫療機構
ui-hospitals-kind-pharmacy = 定點零售藥局
ui-hospitals-networked-label = 只看已開通跨省直接結算的（可複選）
ui-hospitals-networked-hint = 名單沒有註明是否開通的機構，勾選後不會顯示。
ui-hospitals-service-inpatient = 住院
ui-hospitals-service-outpatient = 一般門診
ui-hospitals-service-chronic = 門診慢特病
ui-hospitals-near = 離就醫地近的排在前面
ui-hospitals-near-needs-destination = 在首頁選好就醫地後，可以按遠近排序。
ui-hospitals-results-title = 查詢結果
ui-hospitals-searching = 正在查詢……
ui-hospitals-none = 沒有找到符合條件的醫院。這份名單並不齊全，找不到不代表這家醫院不是定點醫院。
ui-hospitals-all-regions = 在全部地區中查詢
ui-hospitals-limit-note = 最多顯示 20 家。多輸入幾個字可以縮小範圍。
ui-hospitals-sources-label = 名單來源
ui-hospitals-field-region = 所在地
ui-hospitals-field-level = 等級
ui-hospitals-field-kind = 類型
ui-hospitals-field-address = 地址
ui-hospitals-field-code = 機構編碼
ui-hospitals-field-network = 跨省直接結算
ui-hospitals-field-confirmed = 最後核實
ui-hospitals-not-stated = 名單未註明
ui-hospitals-unknown-network = 名單未註明是否開通的，就醫前請向醫院醫保辦或參保地醫保經辦機構確認。
ui-hospitals-status-yes = 是
ui-hospitals-status-no = 否
ui-hospitals-status-unknown = 待確認
ui-hospitals-choose = 選這家醫院
ui-hospitals-chosen-mark = 已選這家
ui-hospitals-chosen-title = 您選的醫院
ui-hospitals-chosen-note = 費用估算會按這家醫院的等級和所在地來計算。
ui-hospitals-unchoose = 不選這家了
ui-hospitals-none-uncovered = 請用下面的官方管道查到醫院，再手動新增，費用估算會用到它。
ui-hospitals-official-title = 到哪裡核實定點醫院
ui-hospitals-official-app = 國家醫保服務平臺 App：查詢「異地就醫定點醫療機構」。
ui-hospitals-official-phone = 電話：撥打就醫地「區號+12333」諮詢。
ui-hospitals-network-all-unknown = 住院、普通門診、門診慢特病能否跨省直接結算：名單沒有寫，去醫院前請先問清楚。
ui-hospitals-field-sources = 來源
ui-hospitals-clear = 清除
ui-hospitals-manual-open = 名單裡沒有？手動新增我的醫院
ui-hospitals-manual-title = 手動新增醫院
ui-hospitals-manual-intro = 按官方查詢到的資訊填寫。費用估算會用這裡填的等級和是否聯網。
ui-hospitals-manual-name = 醫院名稱
ui-hospitals-manual-name-missing = 請填寫醫院名稱。
ui-hospitals-manual-level = 醫院等級
ui-hospitals-manual-level-unknown = 不清楚
ui-hospitals-manual-level-3a = 三級甲等
ui-hospitals-manual-level-3 = 三級（其他）
ui-hospitals-manual-level-2 = 二級
ui-hospitals-manual-level-1 = 一級
ui-hospitals-manual-level-unrated = 未定級
ui-hospitals-manual-networked = 住院能否跨省直接結算（是否聯網）
ui-hospitals-manual-networked-yes = 能
ui-hospitals-manual-networked-no = 不能
ui-hospitals-manual-networked-unknown = 不清楚
ui-hospitals-manual-place = 醫院所在地按您在首頁選的就醫地記錄。
ui-hospitals-manual-save = 用這家醫院
ui-hospitals-manual-cancel = 不新增了
ui-hospitals-manual-mark = 手動新增
ui-hospitals-chosen-networked = 住院能否跨省直接結算
ui-hospitals-chosen-networked-yes = 能
ui-hospitals-chosen-networked-no = 不能
ui-hospitals-chosen-networked-unknown = 不清楚（費用估算會把能和不能兩種結果都列出來）

## 資料版本與更新來源（yidi data）
data-status-feed = 政策與醫院資料：第 { $version } 版，發布於 { $published }。
data-status-bundled = 政策與醫院資料：程式內建的版本（尚未安裝更新）。
data-problem = 已安裝的資料更新中 { $file } 無法使用，這部分仍用程式內建的版本（{ $detail }）。
data-err-io = 無法讀寫 { $path }：{ $detail }
data-err-bad-key = { $path } 不是更新來源的私鑰檔。
data-err-key-too-open = { $path } 其他使用者也能讀取（權限 { $mode }），私鑰必須是 0600。
data-err-key-exists = { $path } 已存在：金鑰檔不會被覆寫。
data-err-not-newer = 第 { $version } 版不比已發布的第 { $published } 版新，不予發布。
data-err-version-exists = { $path } 已存在：已發布的版本不會被改動。
data-err-empty = { $path } 下沒有可發布的資料檔。
data-err-invalid = { $file } 的內容有誤：{ $detail }
