## 介面：頂欄

ui-app-name = 異地就醫備案助手
ui-app-tagline = 跨省看病，先備案、選定點、持卡就醫，出院直接結算。
ui-lang-label = 語言
ui-lang-zh-cn = 简体中文
ui-lang-zh-tw = 繁體中文
ui-lang-en-us = English
ui-elder-mode = 長輩模式
ui-elder-mode-hint = 字更大、對比更強

## 首頁：為誰服務

ui-home-who-title = 這個助手能幫誰
ui-role-self-title = 為自己辦
ui-role-self-body = 退休後隨子女異地居住、在外地長住或工作、轉診到外省看病、外出時突發急病：弄清該辦哪一類備案、帶什麼材料、去哪裡辦、能報銷多少。
ui-role-family-title = 替家人代辦
ui-role-family-body = 為父母等一位或幾位家人代辦：用您自己的身份證件，按家人參保地的規定準備材料，代簽知情同意書。
ui-role-staff-title = 櫃檯工作人員協助
ui-role-staff-body = 社區服務中心的共用電腦：快速查詢、列印材料；接待下一位時，上一位的資訊一點不留。

## 首頁：官方渠道

ui-free-title = 備案免費，請走官方渠道
ui-free-body = 異地就醫備案不收任何費用。可以在參保地醫保經辦機構櫃檯、「國家醫保服務平臺」App、國家異地就醫備案微信小程式或撥打醫保服務電話辦理。不要把證件交給收費的「代辦」。本助手幫您準備，不代替官方備案。

## 首頁：行程類別

ui-trip-title = 先看看您的情況屬於哪一類
ui-trip-insured = 參保地（在哪裡交醫保）
ui-trip-destination = 就醫地（準備在哪裡看病）
ui-trip-search-placeholder = 輸入地名、拼音或首字母，如 武漢、wuhan、wh
ui-trip-no-match = 沒有找到這個地區，請換個寫法試試。
ui-trip-pick-both = 選好參保地和就醫地後，這裡會告訴您是否屬於跨省異地就醫。
ui-trip-change = 重新選擇

## 導覽

ui-nav-label = 功能
ui-nav-home = 首頁
