## Cost estimate (issue 3): every line, parameter and notice

-fund = the insurance fund

## Calculation lines

est-line-not-covered = Not covered
est-line-class-b-first = Class B first self-pay
est-line-deductible = Deductible
est-line-basic-segment = Pooled fund, band { $index }
est-line-top-up = Top-up fund
est-line-critical-illness-segment = Critical-illness insurance, band { $index }
est-line-over-cap = Above the cap
est-line-critical-illness-deductible = Below the critical-illness deductible
est-line-nothing-paid = Not paid by the fund

est-detail-not-covered = ¥{ $base } is outside the destination's catalogue and paid in full by the patient
est-detail-class-b-first = Class B ¥{ $base } × first self-pay { $ratio } = ¥{ $patient } (destination's rule)
est-detail-deductible = Of ¥{ $base } covered cost, the deductible of ¥{ $patient } is paid by the patient
est-detail-deductible-factor = { " " }(another stay this year: { $factor })
est-detail-deductible-charges = { " " }(long stay: charged { $charges } times)
est-detail-segment = ¥{ $from }–{ $to } band: ¥{ $base } × { $ratio } = fund pays ¥{ $fund }
est-detail-segment-open = Above ¥{ $from }: ¥{ $base } × { $ratio } = fund pays ¥{ $fund }
est-detail-top-up = ¥{ $base } above the pooled fund's cap × { $ratio } = ¥{ $fund }
est-detail-over-cap = ¥{ $base } above the cap, paid by the patient
est-detail-critical-illness-deductible = ¥{ $base } of the patient's share is below the critical-illness deductible and not paid
est-detail-nothing-non-designated = Not a designated institution, so { -fund } pays nothing: the patient pays ¥{ $base }
est-detail-nothing-non-networked = A hospital outside the network cannot settle directly, and the insured region does not pay: the patient pays ¥{ $base }
est-detail-nothing-filing = The insured region pays nothing in this filing situation: the patient pays ¥{ $base }
est-detail-cap-reached = ; the cap is reached

## Parameters

est-param-deductible = Deductible
est-param-ratio = Reimbursement ratio
est-param-basic-cap = Pooled fund cap
est-param-top-up = Top-up fund
est-param-critical-illness = Critical-illness insurance
est-param-cross-province-cut = Cut for temporary care away
est-param-class-b-share = Class B first self-pay share (destination)

## Notices

est-warn-unverified = { $count } of the values used here have not been checked against their source documents: treat the result as a guide and confirm with the insured region's medical security bureau.
est-warn-destination-share-unknown = There is no figure for the destination's Class B first self-pay share; it was taken as 0, so the patient may pay more.
est-warn-cross-year = The stay crosses the insurance year; the rules in force on { $date } were used.
est-warn-manual-claim = No direct settlement: pay the bill in full, then claim at the insured region.
est-warn-recharge-needs-discharge = The insured region charges the deductible again every { $days } days of a continuous stay; without a discharge date one charge was assumed.
est-warn-assumed = Only the total is known: { $notCovered } not covered and { $classB } Class B were assumed.

## Settings, levels, filings

est-setting-inpatient = Inpatient
est-setting-outpatient-general = General outpatient
est-setting-outpatient-chronic = Outpatient chronic or special disease
est-level-community = Community health centre
est-level-level1 = Level 1 hospital
est-level-level2 = Level 2 hospital
est-level-level3 = Level 3 hospital
est-filing-not-filed = Not filed
est-option-note-long-term = Long-term filing: no cut, direct settlement
est-option-note-temporary = Temporary filing: direct settlement, the ratio may be cut
est-option-note-not-filed = Not filed: pay in full, claim at home
est-option-note-non-designated = Not a designated institution: the insurance pays nothing, whatever the filing
est-option-note-non-networked = A hospital outside the network cannot settle directly: pay in full, claim at home

## Band (when only the total is known)

est-band-low = Low
est-band-typical = Typical
est-band-high = High

## Summary and tables

est-summary = The patient is expected to pay ¥{ $patient } and the insurance ¥{ $fund } (total ¥{ $total }).
est-disclaimer = This is an estimate from published policy, not a settlement; the hospital's settlement statement decides.
est-table-line = Item
est-table-detail = Calculation
est-table-fund = Fund pays
est-table-patient = Patient pays
est-table-total = Total
est-table-option = Filing
est-table-extra = More than long-term
est-table-note = Note
est-table-band = Case
est-table-not-covered-share = Not covered share
est-table-class-b-share = Class B share
est-table-parameter = Parameter
est-table-value = Value
est-table-period = In force
est-table-source = Source
est-table-verified = Verified
est-table-verified-yes = yes
est-table-verified-no = no (unverified)

## Input errors

est-err-discharge-before-admission = { $field } ({ $value }) is before the admission date { $admission }.
est-err-parts-exceed-total = { $field }: not covered and Class B amounts together (¥{ $parts }) exceed the total (¥{ $total }).
est-err-case-file = { $field }: the case file cannot be read: { $detail }
est-err-policy-file = { $field }: the policy pack cannot be read: { $detail }
est-err-wrong-pack = { $field }: policy pack { $pack } is not for { $value } and this scheme.
est-err-no-pack = { $field }: there is no policy data for { $value } yet, so no estimate can be made.
est-err-no-pack-scheme = { $field }: there is no policy data for { $value } { $scheme } yet, so no estimate can be made.
est-err-setting-not-published = { $field }: policy pack { $pack } has no rules for “{ $value }”.
est-err-date-not-covered = { $field }: { $value } is outside every period of policy pack { $pack }, so no estimate can be made.
est-err-no-row = { $field }: policy pack { $pack } has no rule for a { $value } and this person.

## Field names

field-insuredregion = Insured region
field-scheme = Scheme
field-workstatus = In service or retired
field-age = Age
field-filing = Filing category
field-hospital = Hospital
field-hospital-level = Hospital level
field-hospital-networked = Networked
field-hospital-designated = Designated
field-setting = Kind of care
field-admissiondate = Admission date
field-dischargedate = Discharge date
field-stayofyear = Stay number this year
field-yeartodate = This year so far
field-yeartodate-coveredcost = Covered cost counted this year
field-yeartodate-deductiblepaid = Deductible paid this year
field-yeartodate-fundpaid = Paid by the pooled fund this year
field-yeartodate-topuppaid = Paid by the top-up fund this year
field-yeartodate-criticalillnessbase = Own share counted by critical-illness insurance this year
field-yeartodate-criticalillnesspaid = Paid by critical-illness insurance this year
field-bill = Bill
field-bill-total = Total cost
field-bill-notcovered = Not covered amount
field-bill-classb = Class B amount
field-policy = Policy pack

## Screen: cost estimate (ui-estimate-*)

ui-nav-estimate = Cost estimate
ui-estimate-title = What will this treatment cost you?
ui-estimate-intro = From the insured region’s rules and the destination’s catalogue, an estimate of what the insurance pays, what you pay, and what filing changes. It is an estimate, not a settlement.
ui-estimate-packs-label = Estimates are available for people insured in:
ui-estimate-form-label = Your situation for the estimate
ui-estimate-step-person = The insured person
ui-estimate-step-place = Where the treatment is
ui-estimate-step-bill = The bill
ui-estimate-scheme = Which insurance scheme
ui-estimate-work-status = Working or retired
ui-estimate-age = Age (years)
ui-estimate-filing = Filing category (made or planned)
ui-estimate-filing-hint = Not filed yet? Choose the category you plan to file; the result compares the options side by side.
ui-estimate-filing-not-filed = Not filing
ui-estimate-setting = Kind of care
ui-estimate-setting-inpatient = Inpatient stay
ui-estimate-setting-outpatient-general = General outpatient
ui-estimate-setting-outpatient-chronic = Outpatient chronic or special disease
ui-estimate-level = Hospital level
ui-estimate-level-community = Community health centre
ui-estimate-level-level1 = Level 1 hospital
ui-estimate-level-level2 = Level 2 hospital
ui-estimate-level-level3 = Level 3 hospital
ui-estimate-networked = Does the hospital settle cross-province bills directly (networked)?
ui-estimate-designated = Is it a designated hospital of the medical insurance?
ui-estimate-hospital-hint = If unsure, estimate with “yes” and check with the hospital or the insurance bureau.
ui-estimate-yes = Yes
ui-estimate-no = No
ui-estimate-admission = Admission date (for outpatient care, the visit date)
ui-estimate-discharge = Discharge date (optional)
ui-estimate-discharge-hint = Add it for a stay across the new year or a long stay: the estimate is then closer.
ui-estimate-stay = Which hospital stay of this year is it
ui-estimate-ytd-title = Already treated or reimbursed this year? (optional)
ui-estimate-ytd-hint = Amounts already counted this year make the deductible and the bands more accurate. If you do not know, leave them empty: this is then taken as the first treatment of the year.
ui-estimate-ytd-covered-cost = Covered cost counted this year (¥)
ui-estimate-ytd-deductible-paid = Deductible paid this year (¥)
ui-estimate-ytd-fund-paid = Paid by the pooled fund this year (¥)
ui-estimate-ytd-top-up-paid = Paid by the top-up fund this year (¥)
ui-estimate-ytd-critical-illness-base = Own share counted by critical-illness insurance this year (¥)
ui-estimate-ytd-critical-illness-paid = Paid by critical-illness insurance this year (¥)
ui-estimate-bill-mode = What do you know about the bill
ui-estimate-bill-total-only = Only a rough total
ui-estimate-bill-detailed = The breakdown (the itemised bill shows not-covered and Class B amounts)
ui-estimate-bill-total = Total cost (¥)
ui-estimate-bill-not-covered = Of which not covered (fully self-paid) (¥)
ui-estimate-bill-class-b = Of which Class B items (¥)
ui-estimate-bill-total-only-hint = With the total alone, the estimate gives a range: low, typical and high.
ui-estimate-amount-placeholder = e.g. 50000
ui-estimate-date-placeholder = e.g. 2026-03-02 (year-month-day)
ui-estimate-submit = Estimate
ui-estimate-busy = Working it out…
ui-estimate-fix-field = One answer needs changing: see the field marked in red.
ui-estimate-result-title = The estimate
ui-estimate-you-pay = You pay about
ui-estimate-fund-pays = The insurance pays about
ui-estimate-total = Total cost
ui-estimate-typical-note = Only the total is known: the figures above are the typical case; the range is below.
ui-estimate-unverified-badge = Unverified data
ui-estimate-verified-badge = Verified data
ui-estimate-warnings-title = Please note
ui-estimate-date-used = Rules in force on
ui-estimate-data-date = Data compiled and checked on
ui-estimate-band-title = Range (on assumed shares)
ui-estimate-col-band = Case
ui-estimate-col-not-covered-share = Not covered share
ui-estimate-col-class-b-share = Class B share
ui-estimate-lines-title = How it was worked out
ui-estimate-col-item = Item
ui-estimate-col-detail = Calculation
ui-estimate-col-base = Base
ui-estimate-col-ratio = Ratio
ui-estimate-col-fund = Insurance pays
ui-estimate-col-patient = You pay
ui-estimate-cap-reached = cap reached
ui-estimate-total-row = Total
ui-estimate-compare-title = What filing is worth
ui-estimate-compare-intro = The same bill under each filing option: a long-term filing keeps the full ratio; a temporary filing may lower it; without filing you pay the whole bill first and claim it back at home.
ui-estimate-worth-label = Compared with not filing, a long-term filing saves
ui-estimate-current = Your choice
ui-estimate-col-extra = More than long-term
ui-estimate-direct-yes = Direct settlement
ui-estimate-direct-no = Pay first, claim later
ui-estimate-params-title = Policy data used
ui-estimate-params-intro = Where each figure comes from, when it applies, and whether it has been checked against the source.
ui-estimate-col-param = Parameter
ui-estimate-col-value = Value
ui-estimate-col-period = In force
ui-estimate-col-source = Source
ui-estimate-col-verified = Checked
ui-estimate-period-ongoing = to date
ui-estimate-verified-yes = Verified
ui-estimate-verified-no = Unverified
ui-estimate-checked-on = Compiled on
ui-estimate-param-note = Compiler’s note on this figure
ui-estimate-print = Print the result
ui-estimate-edit = Change the answers
