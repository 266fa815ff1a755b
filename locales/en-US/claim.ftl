## The claim-at-home cover sheet (first page of the PDF packet)

consent-pdf-claim-title = Claim at home · cover sheet
consent-pdf-claim-fill-in = (write it in)
consent-pdf-claim-hospital = Hospital
consent-pdf-claim-admission = Admitted on
consent-pdf-claim-discharge = Discharged on
consent-pdf-claim-paid = Paid in full at the hospital
consent-pdf-claim-expected = Roughly back (estimate)
consent-pdf-claim-consent = How the insured person consents
consent-pdf-claim-originals = Originals to hand in (copy or photograph each first):
consent-pdf-claim-copies = Copies, or as the insured region asks:
consent-pdf-claim-steps = What to do:
consent-pdf-claim-note = “Roughly back” is Yidi's estimate on the same facts; the insured region's agency decides. Ask it about the time limit for claims.
consent-err-discharge-before-admission = { $field }: { $value } is before the admission date { $start }; please check it.
field-claim-dischargedate = Discharge date
field-claim-admissiondate = Admission date
field-claim-amountpaid = Paid in full
field-claim-expectedback = Roughly back

## Roughly what comes back (claim at home): Yidi's estimate on the person's facts; when it cannot be worked out, what to enter

claim-back-amount = about { $amount }
claim-back-range = about ¥{ $low } – ¥{ $high }
claim-back-missing = No estimate yet: please enter { $what }.
claim-back-need-amount-paid = the amount paid in full (the total on the invoice)
claim-back-need-facts = the insured region, the place of treatment and the scheme (answer them in the filing guide)
claim-back-need-work-status = working or retired (answer it in the filing guide)
claim-back-need-hospital-level = the hospital's level (choose the hospital under “Hospitals”, or pick it here)
claim-back-need-age = the insured person's age (not needed once their ID number is under “People & cases”)
claim-back-need-admission-date = the admission date (answer it in the filing guide)
claim-back-no-policy = No estimate yet: Yidi has no reimbursement figures for { $region } { $scheme } yet. Under “Cost estimate”, choose “Estimate with figures you looked up”, enter the deductible and the payment ratio, and the figure appears here.
claim-back-basis = Estimated on the same facts: { $region }, { $category }, { $level }, { $paid } paid.
claim-back-why-range-values = Published sources disagree about the { $deciding }, so this is a range.
claim-back-why-range-network = Not known whether this hospital is networked: about { $networked } if it is, about { $notNetworked } if not.
claim-back-assumed = Only the total was given, so a typical bill is assumed (about 10% not covered, 20% class B); with the itemised bill, enter those two amounts for a closer figure.
claim-back-not-filed = Without a filing, and without a late one, the insured region in principle pays nothing back: make the late filing first, as in the steps above.
claim-back-home-decides = A claim at home is assessed by the insured region's agency under its own rules; what comes back is what it decides.
field-amountpaid = Amount paid in full
field-birthdate = Date of birth
ui-claim-back-title = Roughly what comes back
ui-claim-back-paid = Amount paid in full (yuan, the total on the invoice)
ui-claim-back-not-covered = Of which not covered (yuan, if the itemised bill shows it)
ui-claim-back-class-b = Of which class B (yuan, if shown)
ui-claim-back-level = Hospital level
ui-claim-back-level-unknown = Please choose
ui-claim-back-age = Insured person's age (years)
ui-claim-back-submit = Estimate
ui-claim-back-packet = This figure is also printed on the packet's cover sheet.
