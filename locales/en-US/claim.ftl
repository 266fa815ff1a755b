## The claim-at-home cover sheet (first page of the PDF packet)

consent-pdf-claim-title = Claim at home · cover sheet
consent-pdf-claim-fill-in = (write it in)
consent-pdf-claim-yuan = ¥{ $amount }
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
