## 导出到日历（.ics）：每个日期都写明要做什么

ics-calendar-name = 异地就医备案：要办的日子
ics-filing-day = 办理备案：{ $category }
ics-ends-soon = 备案 { $date } 到期：还要在外地看病的，准备重新备案
ics-ends-soon-detail = 临时类备案 { $date } 到期。到期后还要在那里看病，请在到期前重新备案（办法和上次一样）；在有效期内入院的，出院晚于这天也算有效。
ics-ends = 今天备案到期：以后还要去看病，要重新备案
ics-ends-detail = 备案有效期到今天（{ $date }）为止。明天以后入院的，要先重新备案才能直接结算。
ics-change-from = 从今天起可以申请变更或取消长期备案（需要时）
ics-change-from-detail = 长期备案从今天起可以申请变更就医地或取消：在国家医保服务平台 App 的“异地备案”里，或到参保地医保经办机构窗口办理。不需要就不用办。
ics-person-ends-soon = { $person }的备案 { $date } 到期：还要在外地看病的，准备重新备案
ics-person-ends = { $person }的备案今天到期：以后还要去看病，要重新备案
ics-person-change-from = 从今天起{ $person }可以申请变更或取消长期备案（需要时）
ics-err-timezone = { $field }：“{ $value }”不是时区名称（例如 Asia/Shanghai）。
ics-err-offset = { $field }：“{ $value }”不是与 UTC 的时差（例如 +08:00）。
ics-err-stamp = { $field }：“{ $value }”不是时间（例如 2026-11-23T02:30:00Z）。
ics-err-plan = { $field }：无法读取方案：{ $detail }
ics-err-reminders = { $field }：无法读取提醒：{ $detail }
field-timezone-name = 时区
field-timezone-utcoffset = 与 UTC 的时差
field-stamp = 导出时间
field-plan = 方案
field-reminders = 提醒
