## Checking a settlement sheet (settle-): the sheet's figures beside Yidi's estimate of the same stay.

field-sheet = Settlement sheet
field-sheet-total = Total on the sheet
field-sheet-fundpaid = Insurance fund paid (sheet)
field-sheet-personalshare = Your share (sheet)
field-sheet-notcovered = Fully self-paid (sheet)
field-sheet-classbfirst = Class B first share (sheet)
field-sheet-deductible = Deductible (sheet)

settle-err-fund-above-total = { $field }: { $value } is more than the total { $total }; please check it.
settle-err-parts-do-not-add-up = { $field }: { $value } plus the fund's { $fund } does not make the total { $total }. Please check these three figures.
settle-err-parts-above-share = { $field }: { $value } is less than its parts (fully self-paid, class B first share and deductible: { $parts }); please check it.
settle-err-total-differs = { $field }: { $value } is not the itemised bill's total { $bill }; enter the sheet's figures again.

settle-col-item = Item
settle-col-sheet = Sheet
settle-col-estimate = Estimate
settle-col-difference = Difference
settle-line-total = Total
settle-line-fund-paid = Insurance fund paid
settle-line-personal-share = Your share
settle-line-not-covered = Fully self-paid (outside the catalogue)
settle-line-class-b-first = Class B first share
settle-line-deductible = Deductible

settle-verdict-matches = The sheet agrees with the estimate (every difference within { $tolerance }): the hospital's figures look right.
settle-verdict-differs = The sheet and the estimate differ: see where below, and what to ask the hospital's insurance office.

settle-cause-outside-catalogue = The sheet has { $amount } more fully self-paid than the itemised bill: some items may have been counted outside the catalogue.
settle-ask-outside-catalogue = Ask the insurance office to list the items settled as fully self-paid and to show the self-pay agreement (自费项目协议书) you signed; for items you did not sign for, ask whether the bill can be settled again.
settle-cause-class-b-first = The class B first share differs by { $amount }: class B items are partly paid by you first, at the destination's rate; the destination decides which items and the rate.
settle-ask-class-b-first = Ask which items were settled as class B and at what first-share rate.
settle-cause-deductible-paid = The deductible is { $amount } lower than estimated: it may have been paid already this year (or this is a second stay). That is in your favour; the estimate did not know.
settle-ask-deductible-paid = You may ask whether this year's deductible was already counted.
settle-cause-deductible-higher = The deductible is { $amount } higher than estimated: this year's earlier payments may not have been counted, or the insured region's deductible differs.
settle-ask-deductible-higher = Ask which deductible was applied and whether earlier stays this year were counted.
settle-cause-temporary-cut = The fund paid { $amount } less than estimated, about what “{ $label }” would get: the stay may have been settled under that category (temporary filings are paid at lower rates; without a filing nothing is settled directly).
settle-ask-temporary-cut = Ask the insurance office which filing category the system used; if it is not yours, ask whether the bill can be settled again.
settle-cause-not-settled = The fund paid nothing: the bill was not settled directly (the hospital is not networked, the filing was not found, or the system failed).
settle-ask-not-settled = Ask why it could not be settled directly, and whether it can be settled again after a late filing before discharge; failing that, take the invoice, itemised bill, discharge record, diagnosis and the sheet, and claim at home.
settle-cause-unexplained = The difference is not in the lines above: the estimate may not use every rule of the insured region.
settle-ask-unexplained = Ask the insurance office to explain, line by line, how the fund's share was worked out.

settle-note = This is an estimate on policy data Yidi collected (most not yet checked against the original texts); the hospital's and the insured region's systems decide.

## 界面 / UI
ui-iv-calendar = Export dates to a calendar (.ics)
ui-settle-open = Check the settlement sheet
ui-settle-title = Check the settlement sheet
ui-settle-intro = Enter the figures on the settlement sheet: Yidi estimates the same stay on the same facts, compares them line by line, and says where they differ and what to ask the hospital's insurance office.
ui-settle-stay = This stay
ui-settle-age = Insured person's age (years)
ui-settle-level = Hospital level
ui-settle-admission = Admission date
ui-settle-discharge = Discharge date (optional)
ui-settle-sheet = Figures on the sheet (yuan)
ui-settle-field-total = Total
ui-settle-field-fundPaid = Insurance fund paid (all)
ui-settle-field-personalShare = Your share (all)
ui-settle-field-notCovered = Fully self-paid (if shown)
ui-settle-field-classBFirst = Class B first share (if shown)
ui-settle-field-deductible = Deductible (if shown)
ui-settle-submit = Compare
ui-settle-col-item = Item
ui-settle-col-sheet = Sheet
ui-settle-col-estimate = Estimate
ui-settle-col-difference = Difference
ui-settle-causes = Likely causes
ui-settle-ask = Ask the insurance office: 
ui-settle-item-not-covered = Fully self-paid on the itemised bill (if you have it)

## When it is not known whether the hospital is networked: which outcome the sheet matches
settle-err-born-after-admission = { $field }: { $value } is after the admission date { $admission }; please check it.
field-case-birthdate = Date of birth
settle-network-matches-networked = Not known whether this hospital is networked. The fund paid part of this sheet, as when the hospital is networked and settles at discharge (the estimate has the fund paying about { $fund }); the lines below compare it with direct settlement.
settle-network-matches-not-networked = Not known whether this hospital is networked. The fund paid nothing on this sheet and you paid it all, as when the hospital is not networked: you paid the whole { $total } first and can claim at home; roughly { $back } should come back.
settle-network-matches-neither = Not known whether this hospital is networked. The sheet matches neither outcome (networked: the fund pays about { $fund }; not networked: the fund pays nothing and you pay the whole { $total } first); the lines below compare it with direct settlement.
ui-settle-networked = Is the hospital networked (settles directly)?
ui-settle-networked-yes = Networked
ui-settle-networked-no = Not networked
ui-settle-networked-unknown = Not known
ui-settle-age-from-id = Insured person's date of birth (read from the ID number, for the age):
settle-verdict-not-networked = This is the sheet of a hospital that is not networked: the fund paid nothing and the whole bill was paid at discharge. Below, line by line, the comparison with direct settlement; what a claim at home should bring back is said above.
