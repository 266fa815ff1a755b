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

## Network status, own figures, source kinds, ranges (issue 13)

est-line-temporary-first-share = Temporary care: your first share
est-detail-temporary-first-share = For temporary care away you first pay { $ratio } yourself: { $base } × { $ratio } = ¥{ $patient }; the rest follows the home region's rules
est-warn-cap-unknown = No published annual limit was found for the home region, so none was applied; for a very large bill the fund may pay less.
est-warn-own-figures = This uses the figures you entered (not policy data compiled by Yidi); your bureau's notice or the hospital has the final word.
est-warn-network-unknown = It is not known whether this hospital settles cross-province bills directly, so both outcomes are shown: if it does, the bill is settled at discharge; if not, you pay it in full and claim at home. Ask the hospital's insurance office or call 12393.
est-range = Published figures disagree: you would pay about ¥{ $low } – ¥{ $high }, depending on which published value applies ({ $deciding }).
est-outcome-networked = If the hospital is networked: settled at discharge, you pay about ¥{ $patient }.
est-outcome-not-networked = If not: pay ¥{ $total } in full first, then claim at home under your region's rules — about ¥{ $claim } back, so about ¥{ $patient } yourself in the end.
est-outcome-not-networked-nothing = If not: pay ¥{ $total } in full; by the data on file, your home region pays nothing back.
est-summary-manual = No direct settlement: pay ¥{ $total } in full first, claim about ¥{ $fund } back at home, about ¥{ $patient } yourself in the end.
est-option-note-not-filed-nothing = Not filed: in principle your home region pays nothing (emergencies under its own rules)
est-option-note-non-networked-nothing = This hospital cannot settle directly, and by the data on file your home region pays nothing back
est-option-note-network-unknown = Settled directly if the hospital is networked; if not, pay in full and claim at home
est-own-figures-label = { $region } · your figures
est-cut-none = not reduced
est-cut-points = { $points } points lower
est-cut-multiplier = { $ratio } of the usual ratio
est-cut-nothing = nothing paid
est-cut-first-share = you pay { $share } first
est-pv-cuts = referral: { $referral }; emergency: { $emergency }; other temporary: { $other }; not filed: { $notFiled }; hospital not networked: { $nonNetworked }
est-pv-amount = ¥{ $amount }
est-pv-factor = , at { $factor }
est-pv-charges = , charged { $charges } times
est-pv-paid-this-year = , ¥{ $paid } already paid this year
est-pv-with-cut =  ({ $cut })
est-pv-segment-to = up to ¥{ $upTo }: { $ratio }
est-pv-segment-rest = above: { $ratio }
est-pv-separator = ; 
est-pv-no-cap = no limit
est-pv-unknown = no published figure found
est-pv-top-up = { $ratio }, at most { $cap } a year
est-pv-critical-illness = your share above ¥{ $deductible }: { $segments }; at most { $cap } a year
est-pv-hardship =  (hardship terms: half the deductible, higher ratios, no limit)
est-kind-official = official page
est-kind-official-copy = official text on a copy site
est-kind-hospital = hospital's restatement
est-kind-third-party = third-party restatement
est-kind-machine = machine-written page
est-kind-unsourced = no source found (figure from the first compilation)
est-kind-user = your own figures
field-ownpolicy = Your own figures
field-ownpolicy-deductible = Deductible (your figure)
field-ownpolicy-ratiolevel3 = Ratio at level-3 hospitals (your figure)
field-ownpolicy-ratiolevel2 = Ratio at level-2 hospitals (your figure)
field-ownpolicy-ratiolevel1 = Ratio at level-1 hospitals (your figure)
field-ownpolicy-ratiocommunity = Ratio at community health centres (your figure)
field-ownpolicy-annuallimit = Annual limit (your figure)
field-ownpolicy-temporaryfirstshare = Temporary care: share you pay first (your figure)
field-ownpolicy-source = Where the figures come from
field-retirementdate = Retirement date
field-tier = Contribution tier
field-hardship = Hardship (特困, 低保, 返贫致贫)

ui-estimate-network-yes = Yes, networked
ui-estimate-network-no = No, not networked
ui-estimate-network-unknown = Not known
ui-estimate-network-hint = If you are not sure, choose “Not known”: both outcomes are shown.
ui-estimate-outcome-networked-title = If the hospital is networked
ui-estimate-outcome-not-networked-title = If it is not
ui-estimate-outcome-pay-first = Pay first
ui-estimate-outcome-claim = Claim back at home
ui-estimate-outcomes-title = Whether the hospital is networked changes the outcome
ui-estimate-outcomes-lines-note = The calculation below assumes the hospital is networked.
ui-estimate-range-title = Range while figures are unsettled
ui-estimate-range-published = With the figure this pack uses
ui-estimate-range-alternative = With the other published figure
ui-estimate-own-badge = Your figures
ui-estimate-own-title = Estimate with figures you looked up
ui-estimate-own-intro = No policy data for your home region, or different from the notice in your hand? Enter the figures from your bureau's notice or what the hospital's insurance office tells you; they are kept with this person only.
ui-estimate-own-use = Use my own figures
ui-estimate-own-deductible = Deductible (¥ per stay)
ui-estimate-own-deductible-hint = Called 起付标准 / 起付线 in your bureau's notice on inpatient benefits; the hospital's insurance office can tell you too.
ui-estimate-own-ratio = Ratio the fund pays (%)
ui-estimate-own-ratio-hint = The 支付比例 / 报销比例 for each hospital level; at least the level of this hospital.
ui-estimate-own-limit = Annual limit (¥, optional)
ui-estimate-own-limit-hint = Called 最高支付限额 or 封顶线 in the notice.
ui-estimate-own-cut = Temporary care away: share you pay first (%, optional)
ui-estimate-own-cut-hint = In your region's notice on care away from home, the rule for temporary care, e.g. “先自理 10%”.
ui-estimate-own-source = Where the figures come from (e.g. the city bureau's 2025 notice)
ui-estimate-own-offer = There is no policy data for this home region yet. You can estimate with figures you look up:
ui-estimate-kind = Kind of source
ui-estimate-also = Other sources saying the same
ui-estimate-chart-split-title = Who pays the bill
est-split = Bill ¥{ $total }: the fund pays ¥{ $fund } ({ $fundShare }), you pay ¥{ $patient } ({ $patientShare }).
ui-estimate-chart-options-title = What you pay under each filing option
ui-estimate-chart-band-title = Total only: the range of your share
ui-estimate-chart-whatif-title = If the bill were ¥10,000 / 30,000 / 50,000 / 100,000
ui-estimate-chart-whatif-intro = Same situation, typical shares of uncovered and Class B items.
ui-estimate-show-table = Show as a table
ui-estimate-legend-fund = Fund pays
ui-estimate-legend-patient = You pay
ui-estimate-for-comparison = Not open to you; for comparison
ui-estimate-direct-unknown = Depends on whether the hospital is networked
ui-estimate-retirement-date = Retirement date (optional; Shanghai and others differ by it)
ui-estimate-tier = Contribution tier (Shenzhen, Chongqing …: 一档 / 二档)
ui-estimate-tier-1 = Tier 1
ui-estimate-tier-2 = Tier 2
ui-estimate-hardship = In hardship (特困, 低保 or 返贫致贫)
ui-estimate-hardship-hint = Their critical-illness cover has half the deductible, higher ratios and no limit.
ui-estimate-direct-none = The fund pays nothing: you pay it all
