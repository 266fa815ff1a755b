## Export to a calendar (.ics): each date says what to do

ics-calendar-name = Cross-province filing: dates to act on
ics-filing-day = File: { $category }
ics-ends-soon = Filing ends { $date }: file again if care there continues
ics-ends-soon-detail = The temporary filing ends on { $date }. If care there continues after that, file again before it ends (the same way as last time); an admission within the validity counts even if discharge is later.
ics-ends = Filing ends today: file again before any later care
ics-ends-detail = The filing is valid until today ({ $date }). For an admission from tomorrow, file again first to settle directly.
ics-change-from = From today the long-term filing may be changed or cancelled (if needed)
ics-change-from-detail = From today the long-term filing's place of treatment may be changed, or the filing cancelled: under “异地备案” in the national medical insurance app, or at the insured region's counter. Nothing to do if not needed.
ics-person-ends-soon = { $person }'s filing ends { $date }: file again if care there continues
ics-person-ends = { $person }'s filing ends today: file again before any later care
ics-person-change-from = From today { $person }'s long-term filing may be changed or cancelled (if needed)
ics-err-timezone = { $field }: “{ $value }” is not a time-zone name (e.g. Asia/Shanghai).
ics-err-offset = { $field }: “{ $value }” is not an offset from UTC (e.g. +08:00).
ics-err-stamp = { $field }: “{ $value }” is not a time (e.g. 2026-11-23T02:30:00Z).
ics-err-plan = { $field }: the plan cannot be read: { $detail }
ics-err-reminders = { $field }: the reminders cannot be read: { $detail }
field-timezone-name = Time zone
field-timezone-utcoffset = Offset from UTC
field-stamp = Time of export
field-plan = Plan
field-reminders = Reminders
