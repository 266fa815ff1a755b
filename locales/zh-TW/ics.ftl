## 匯出到日曆（.ics）：每個日期都寫明要做什麼

ics-calendar-name = 異地就醫備案：要辦的日子
ics-filing-day = 辦理備案：{ $category }
ics-ends-soon = 備案 { $date } 到期：還要在外地看病的，準備重新備案
ics-ends-soon-detail = 臨時類備案 { $date } 到期。到期後還要在那裡看病，請在到期前重新備案（辦法和上次一樣）；在有效期內入院的，出院晚於這天也算有效。
ics-ends = 今天備案到期：以後還要去看病，要重新備案
ics-ends-detail = 備案有效期到今天（{ $date }）為止。明天以後入院的，要先重新備案才能直接結算。
ics-change-from = 從今天起可以申請變更或取消長期備案（需要時）
ics-change-from-detail = 長期備案從今天起可以申請變更就醫地或取消：在國家醫保服務平臺 App 的「異地備案」裡，或到參保地醫保經辦機構的櫃檯辦理。不需要就不用辦。
ics-person-ends-soon = { $person }的備案 { $date } 到期：還要在外地看病的，準備重新備案
ics-person-ends = { $person }的備案今天到期：以後還要去看病，要重新備案
ics-person-change-from = 從今天起{ $person }可以申請變更或取消長期備案（需要時）
ics-err-timezone = { $field }：「{ $value }」不是時區名稱（例如 Asia/Shanghai）。
ics-err-offset = { $field }：「{ $value }」不是與 UTC 的時差（例如 +08:00）。
ics-err-stamp = { $field }：「{ $value }」不是時間（例如 2026-11-23T02:30:00Z）。
ics-err-plan = { $field }：無法讀取方案：{ $detail }
ics-err-reminders = { $field }：無法讀取提醒：{ $detail }
field-timezone-name = 時區
field-timezone-utcoffset = 與 UTC 的時差
field-stamp = 匯出時間
field-plan = 方案
field-reminders = 提醒
