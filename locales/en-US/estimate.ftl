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
