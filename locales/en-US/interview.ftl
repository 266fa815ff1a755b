## Eligibility interview (iv-): one question per screen, from a person's situation to a filing plan.
## Questions and help take $audience: self, family (asking for a relative) or staff (a service-centre clerk serving a walk-in); it changes wording only, never the rules.

iv-yes = Yes
iv-no = No

## Questions

iv-q-audience = Who is using the assistant this time?
iv-q-audience-help = The wording adapts to you; the rules stay the same.
iv-opt-audience-self = I am the insured person
iv-opt-audience-family = I am asking for a family member (a parent, a spouse)
iv-opt-audience-staff = I am service-centre staff helping a walk-in

iv-q-filer = { $audience ->
    [family] Who will file: your relative, or you on their behalf?
    [staff] Who will file: the insured person, or someone on their behalf?
   *[self] Who will file: you, or a relative on your behalf?
}
iv-q-filer-help = A proxy (someone filing on another's behalf) brings their own ID as well; filing online for a relative needs a family account bound first.
iv-opt-filer-insured = The insured person
iv-opt-filer-proxy = Someone on their behalf

iv-q-insured-region = { $audience ->
    [family] Where is your relative insured (the insured region)?
    [staff] Where is the insured person insured (the insured region)?
   *[self] Where are you insured (your insured region)?
}
iv-q-insured-region-help = The insured region is where the contributions are paid, not necessarily the household registration. Search by name, pinyin or initials, down to a city or county.
iv-q-destination = { $audience ->
    [family] Where will your relative be treated?
    [staff] Where will the insured person be treated?
   *[self] Where will you be treated?
}
iv-q-destination-help = Choose the city or county of treatment. Only treatment in another province needs a cross-province filing.

iv-q-scheme = { $audience ->
    [family] Which basic medical insurance does your relative have?
    [staff] Which basic medical insurance does the insured person have?
   *[self] Which basic medical insurance do you have?
}
iv-q-scheme-help = Paid through an employer or as a flexible worker: employee insurance. Paid yearly as an urban or rural resident: resident insurance.
iv-opt-scheme-employee = Employee insurance
iv-opt-scheme-resident = Resident insurance

iv-q-work-status = { $audience ->
    [family] Is your relative working or retired?
    [staff] Is the insured person working or retired?
   *[self] Are you working or retired?
}
iv-q-work-status-help = As the insurance records it: choose "retired" if retirement is registered and retiree benefits apply.
iv-opt-work-status-in-service = Working
iv-opt-work-status-retired = Retired

iv-q-dibao = { $audience ->
    [family] Does your relative receive the minimum living allowance (dibao) of the insured region?
    [staff] Does the insured person receive the minimum living allowance (dibao) of the insured region?
   *[self] Do you receive the minimum living allowance (dibao) of your insured region?
}
iv-q-dibao-help = Some insured regions do not settle directly the inpatient costs elsewhere of employee-insured people on the minimum living allowance.

iv-q-stage = { $audience ->
    [family] Where does your relative stand now?
    [staff] Where does the insured person stand now?
   *[self] Where do you stand now?
}
iv-q-stage-help = This decides what can still be done: a filing made before discharge settlement still allows direct settlement; after paying in full at discharge, only a claim at home remains.
iv-opt-stage-before-travel = Not yet travelled, or not yet admitted
iv-opt-stage-admitted = In hospital elsewhere, not yet discharged
iv-opt-stage-discharged = Discharged, and paid the bill in full

iv-q-care-type = What kind of care is needed?
iv-q-care-type-help = Cross-province direct settlement is mainly for inpatient care; general outpatient care and some outpatient chronic diseases settle too; some kinds of care cannot be settled directly in some regions.
iv-opt-care-type-inpatient = Inpatient care (not psychiatric)
iv-opt-care-type-psychiatric-inpatient = Psychiatric inpatient care (a psychiatric hospital or ward)
iv-opt-care-type-general-outpatient = General outpatient care
iv-opt-care-type-chronic-outpatient = Outpatient care for a chronic or special disease
iv-opt-care-type-emergency-observation = Emergency observation
iv-opt-care-type-home-bed = Home hospital bed

iv-q-chronic-disease = Which chronic or special disease?
iv-q-chronic-disease-help = Ten outpatient chronic and special diseases are settled across provinces; for others, claim at home under home rules.
iv-opt-chronic-disease-hypertension = Hypertension
iv-opt-chronic-disease-diabetes = Diabetes
iv-opt-chronic-disease-malignant-tumour = Outpatient radiotherapy or chemotherapy for cancer
iv-opt-chronic-disease-uraemia-dialysis = Dialysis for uraemia
iv-opt-chronic-disease-transplant-antirejection = Anti-rejection treatment after a transplant
iv-opt-chronic-disease-copd = Chronic obstructive pulmonary disease
iv-opt-chronic-disease-viral-hepatitis = Viral hepatitis
iv-opt-chronic-disease-coronary-heart-disease = Coronary heart disease
iv-opt-chronic-disease-rheumatoid-arthritis = Rheumatoid arthritis
iv-opt-chronic-disease-ankylosing-spondylitis = Ankylosing spondylitis
iv-opt-chronic-disease-other = Another disease

iv-q-reason = { $audience ->
    [family] Why is your relative being treated away from home?
    [staff] Why is the insured person being treated away from home?
   *[self] Why are you being treated away from home?
}
iv-q-reason-help = This decides the filing category: living or working there long-term is long-term; a referral, an emergency or another short trip is temporary.
iv-opt-reason-live-there = Living there long-term (including retired and living with children)
iv-opt-reason-work-posted = Posted there by the employer
iv-opt-reason-referred = A hospital at home referred them there
iv-opt-reason-emergency = Sudden illness or accident while away: emergency care
iv-opt-reason-visit-for-care = Going there for treatment, without a referral

iv-q-hukou-moved = { $audience ->
    [family] Has your relative's household registration (hukou) moved to the place of treatment?
    [staff] Has the insured person's household registration (hukou) moved to the place of treatment?
   *[self] Has your household registration (hukou) moved to the place of treatment?
}
iv-q-hukou-moved-help = Retirees whose registration moved file as relocated retirees; the others file as long-term residents.

iv-q-months-there = { $audience ->
    [family] For how many months in a row has your relative lived or worked there, or will?
    [staff] For how many months in a row has the insured person lived or worked there, or will?
   *[self] For how many months in a row have you lived or worked there, or will you?
}
iv-q-months-there-help = Whole months. Some insured regions require a minimum continuous stay for a long-term filing.

iv-q-referral-issued = Has a designated hospital of the insured region, qualified to refer, issued a transfer certificate?
iv-q-referral-issued-help = A referral must come from a designated hospital of the insured region that may issue transfers; going elsewhere on one's own is not a referral.

iv-q-referral-settled-before = { $audience ->
    [family] Has your relative already been discharged and settled once under this referral, and now needs another admission?
    [staff] Has the insured person already been discharged and settled once under this referral, and now needs another admission?
   *[self] Have you already been discharged and settled once under this referral, and now need another admission?
}
iv-q-referral-settled-before-help = In some insured regions a referral filing lapses at discharge settlement, and another admission needs a new referral and filing.

iv-q-has-filing = { $audience ->
    [family] Does your relative already have a cross-province filing for this place?
    [staff] Does the insured person already have a cross-province filing for this place?
   *[self] Do you already have a cross-province filing for this place?
}
iv-q-has-filing-help = The national medical insurance app lists filings under "cross-region filing" (异地备案).

iv-q-filing-end = On which day does that filing end?
iv-q-filing-end-help = Temporary filings have an end date, shown in the filing record. Write it year-month-day, such as 2026-05-31.

iv-q-admission-date = { $audience ->
    [family] On which day was your relative admitted?
    [staff] On which day was the insured person admitted?
   *[self] On which day were you admitted?
}
iv-q-admission-date-help = Write it year-month-day, such as 2026-03-15. An admission within the filing's validity counts even if discharge is after it ends.

iv-q-networked = Is the hospital connected to cross-province direct settlement?
iv-q-networked-help = Look it up in the national medical insurance app (designated institutions for cross-region care), or call the destination's area code + 12333.
iv-opt-networked-yes = Yes, connected
iv-opt-networked-no = No, not connected
iv-opt-networked-dont-know = Don't know

## Field names (review page and errors)

field-answers-audience = User
field-answers-filer = Who files
field-answers-insured-region = Insured region
field-answers-destination = Place of treatment
field-answers-scheme = Insurance scheme
field-answers-work-status = Working or retired
field-answers-dibao = Minimum living allowance
field-answers-stage = Stage
field-answers-care-type = Kind of care
field-answers-chronic-disease = Chronic or special disease
field-answers-reason = Reason for treatment away
field-answers-hukou-moved = Household registration moved
field-answers-months-there = Months lived or worked there
field-answers-referral-issued = Transfer certificate
field-answers-referral-settled-before = Settled once under the referral
field-answers-has-filing = Existing filing
field-answers-filing-end = Filing end date
field-answers-admission-date = Admission date
field-answers-networked = Hospital connected
field-as-of = Filing date

## Outcome

iv-out-plan = { $category }: your cross-province filing plan
iv-out-out-same-pool = No cross-province filing needed
iv-out-out-within-province = Not cross-province care
iv-out-out-outside-network = No cross-province direct settlement
iv-out-out-dibao = Not settled directly: employee-insured on the minimum living allowance
iv-out-out-care-not-settleable = This kind of care is not settled directly across provinces
iv-out-out-chronic-not-covered = Outpatient care for this disease is not settled directly across provinces

iv-verdict-plan = File, then settle directly
iv-verdict-not-needed = No cross-province filing needed
iv-verdict-not-available = Not settled directly

iv-settle-file-before-travel = File before you go
iv-settle-file-before-discharge = File before discharge settlement
iv-settle-counts-as-filed = Emergency counts as filed
iv-settle-already-filed = A valid filing is in place
iv-settle-manual-claim = Claim at home
iv-settle-not-applicable = Nothing to file cross-province

iv-sec-summary = In short
iv-sec-steps = What to do now
iv-sec-materials = What to bring
iv-sec-channels = Where to file
iv-sec-scope = What the filing covers
iv-sec-validity = How long it lasts
iv-sec-refile = When to file again
iv-sec-waiting = Changing or cancelling
iv-sec-claim = Claiming at home
iv-sec-warnings = Watch out

iv-source = Source: { $title }{ $article }
iv-source-unverified = (restated; not checked against the original)
iv-rule-set = Rules used: interview { $flow }; { $layers }
iv-rule-layer = { $name } { $version } (checked { $verified })
iv-review-title = Check your answers
iv-review-change = Change

## Outcome lines

iv-line-sum-relocated-retiree = A relocated retiree: retired, settled in { $destination }, with household registration moved there.
iv-line-sum-long-term-resident = A long-term resident: living in { $destination } long-term and meeting { $insured }'s conditions.
iv-line-sum-posted-worker = A posted worker: posted to { $destination } by the employer and meeting { $insured }'s conditions.
iv-line-sum-referral = A referral: referred to { $destination } by a designated hospital of { $insured } qualified to refer.
iv-line-sum-emergency = Emergency or rescue while away: this counts as already filed.
iv-line-sum-other-temporary = Other temporary care: treatment in { $destination } without a referral and not an emergency.
iv-line-sum-below-minimum = { $months_there } months there is less than the { $min_months } months { $insured } requires: file as temporary for now, and as long-term once the time is reached.
iv-line-sum-retiree-without-hukou = A retiree whose household registration has not moved files as a long-term resident, not as a relocated retiree.
iv-line-sum-resident-posted = Posted workers are employees posted by their employer; resident-insured people living and working away usually file as long-term residents. Please confirm with the insured region.
iv-line-sum-no-referral = Without a transfer certificate from a designated hospital of the insured region it is not a referral: file as other temporary care.
iv-line-why-same-pool = { $insured } and { $destination } are one pooling region: this is local care, with nothing to file.
iv-line-why-within-province = { $insured } and { $destination } are in the same province: the province's own rules for care elsewhere in the province apply, not a cross-province filing.
iv-line-why-outside-network = Hong Kong, Macao and Taiwan are outside the national cross-province settlement network: pay first, then claim at the insured region under its rules.
iv-line-why-dibao = Under { $insured }'s rules, inpatient costs elsewhere of employee-insured people on the minimum living allowance are not settled directly: pay, then claim at home.
iv-line-why-care-psychiatric = Under { $insured }'s rules, inpatient costs in a psychiatric hospital or ward elsewhere are not settled directly.
iv-line-why-care-observation = Under { $insured }'s rules, emergency observation is not settled directly across provinces.
iv-line-why-care-home-bed = Under { $insured }'s rules, home hospital beds are not settled directly across provinces.
iv-line-why-chronic-not-listed = This disease is not among the outpatient chronic and special diseases settled across provinces: pay for outpatient care, then claim at home.
iv-line-step-file-before-travel = File before you go, choose a connected designated hospital, and show your card at admission: file, choose, bring the card.
iv-line-step-file-before-discharge = Admitted on { $admission_date } without a filing: file now, before discharge settlement, and the hospital can still settle directly.
iv-line-step-counts-as-filed = Emergency care counts as filed: show the social security card at admission and say it is a cross-province emergency; if the hospital asks, file before discharge settlement.
iv-line-step-already-filed-long = The long-term filing already made stays valid: nothing to file again, just bring the card.
iv-line-step-already-filed-temporary = The filing is valid until { $filing_end }: an admission on or before that day settles directly even if discharge is later.
iv-line-step-validity-ended = The filing ended on { $filing_end }, before the admission on { $admission_date }: it does not cover this stay.
iv-line-step-filing-expired = The filing ended on { $filing_end }: file again.
iv-line-step-referral-lapsed = Under { $insured }'s rules a referral filing lapses at discharge settlement: another admission needs a new referral and filing.
iv-line-step-referral-reuse = A temporary filing allows several visits while valid: after the last discharge settlement, this referral filing still serves another admission.
iv-line-step-manual-claim = Pay the full bill, then take the documents to the medical insurance agency of { $insured } and claim under its rules.
iv-line-step-not-networked-admitted = The hospital is not connected to cross-province settlement: you pay in full at discharge and claim at home; if your condition allows, consider moving to a connected hospital.
iv-line-step-not-needed = No cross-province filing is needed for this care.
iv-line-mat-identity = A valid ID card or social security card (or the medical insurance e-voucher), and the cross-province filing form.
iv-line-mat-retiree-hukou = The household register: its first page and the person's own page.
iv-line-mat-residence-proof = A residence permit for the place of treatment, or a proof of residence from the community.
iv-line-mat-posting-proof = The employer's posting letter, or the work contract for the job there.
iv-line-mat-referral-certificate = The transfer certificate from a designated hospital of the insured region qualified to refer.
iv-line-mat-referral-by-hospital = Under { $insured }'s rules, once a qualified hospital completes the referral it uploads the filing itself: nothing more to file.
iv-line-mat-commitment = If you cannot produce the proof above, a signed personal commitment letter may take its place.
iv-line-mat-commitment-refused = { $insured } does not accept a commitment letter instead of proof: bring the proof itself.
iv-line-mat-commitment-supply-later = With a commitment letter, the missing proof is due within { $supply_months } months.
iv-line-mat-commitment-false = A false promise means the filing is cancelled, the money paid is recovered, and it goes on the credit record.
iv-line-mat-proxy-id = A proxy also brings their own ID card or social security card.
iv-line-mat-proxy-online = To file online for a relative, bind a family account in the app or mini-program first.
iv-line-mat-beijing-card-district = File with the social security card at the medical insurance agency of your district.
iv-line-mat-beijing-consent = Read and sign Beijing's informed-consent form for cross-province inpatient direct settlement.
iv-line-mat-beijing-proxy-signature = When a proxy files, the authorised person may sign the consent form.
iv-line-mat-changshu-long-term = The social security card and a proof of residence elsewhere; no commitment letter instead.
iv-line-mat-weifang-commitment-false = A false promise means cancellation, recovery of the money, a credit record, and a fine of 2 to 5 times the amount obtained.
iv-line-ch-counter = The service counter of the insured region's medical insurance agency.
iv-line-ch-national-app = The national medical insurance app, under "cross-region filing".
iv-line-ch-mini-program = The "national cross-region filing" mini-program in WeChat or Alipay.
iv-line-ch-website-phone = The insured region's medical insurance website or service line.
iv-line-ch-processing = At a counter it is usually done on the spot; online, usually the next working day and within 2 working days.
iv-line-ch-changshu-counter = A town or street labour-security office, or the medical insurance window of the city social security centre; the government service centre is open Monday to Saturday 8:30–11:30 and 12:30–16:30 and files on the spot.
iv-line-ch-changshu-online = Online through the Changshu smart social security platform, done the next working day.
iv-line-ch-changshu-find-hospital = Find connected hospitals at the destination through the "Changshu Social Security" account, or call the destination's area code + 12333.
iv-line-scope-city = The filing names the city, { $destination }: every hospital there connected to cross-province settlement can settle directly.
iv-line-scope-hospitals = Under { $insured }'s rules you choose particular designated hospitals in { $destination } when filing, and only those settle directly.
iv-line-val-long-term = A long-term filing stays valid until you change or cancel it.
iv-line-val-temporary = The temporary filing is valid from { $filing_date } to { $valid_until } ({ $validity_months } months), for as many visits as needed.
iv-line-val-admission-counts = An admission within the validity counts even if discharge is after it ends.
iv-line-val-referral-lapses = Under { $insured }'s rules, a referral filing lapses at discharge settlement.
iv-line-refile-destination = For treatment in another city, file again (or change the filing's place).
iv-line-refile-details = When the place of residence, the phone number or other details change, update the filing.
iv-line-refile-hospital = To change the chosen hospital, file again.
iv-line-refile-referral-again = A referred patient who needs another transfer or admission away files a new referral.
iv-line-wait-change-lock = A long-term filing can be changed or cancelled from { $change_from } (the national ceiling is { $lock_months } months; the insured region may allow it sooner).
iv-line-claim-where = Claim at the medical insurance agency of { $insured }; it pays under its own rules.
iv-line-claim-documents = Bring: the invoices, the itemised bill, the discharge record or medical record, the ID or social security card, and the bank account for the payment.
iv-line-claim-referral-certificate = For a referral, bring the transfer certificate.
iv-line-claim-emergency-record = For an emergency, bring the emergency record or diagnosis.
iv-line-claim-not-filed = Some insured regions pay less when there was no filing before discharge.
iv-line-warn-card = Bring the social security card (or e-voucher), show it when admitted, say it is cross-province direct settlement, and use your real name. Not filing and not using the card at admission are the two main reasons direct settlement fails.
iv-line-warn-free = Filing is free of charge: do not pay agents who offer to do it.
iv-line-warn-networked-check = Make sure the hospital is connected to cross-province direct settlement: a hospital that is not cannot settle directly, and you usually pay in full and claim at home.
iv-line-warn-inpatient-self-pay = For items outside the destination's catalogue, the hospital will ask you to sign a self-pay agreement.
iv-line-warn-general-outpatient = General outpatient costs settle directly only at designated hospitals or pharmacies connected to cross-province outpatient settlement.
iv-line-warn-chronic = { $disease } is one of the outpatient chronic and special diseases settled across provinces; be treated at a designated hospital connected for it.
iv-line-warn-observation-home-bed = In many regions emergency observation and home beds are not settled directly across provinces: ask the insured region before treatment.
iv-line-warn-psychiatric = Some insured regions do not settle psychiatric inpatient care directly across provinces: ask before treatment.
iv-line-warn-temporary-ratio = Temporary filings may be paid at a lower ratio than long-term ones: up to 10 points lower for referrals and emergencies, up to 20 points for other temporary care.
iv-line-warn-system-failure = If the system fails at discharge, you pay in full and claim at home.
iv-line-warn-beijing-exclusions = Under Beijing's rules, inpatient costs elsewhere of employee-insured people on the minimum living allowance are not settled directly.
iv-line-warn-beijing-special-outpatient = Beijing's consent form lists as not settled directly: psychiatric inpatient costs, and outpatient special diseases, home beds and emergency observation billed as inpatient costs.

## Terminal interview

iv-term-choose = Enter a number:
iv-term-enter-yes-no = Enter y (yes) or n (no):
iv-term-enter-date = Enter a date (year-month-day):
iv-term-enter-number = Enter a whole number from { $min } to { $max }:
iv-term-enter-region = Enter a place name, pinyin or six-digit code:
iv-term-region-pick = Places found; enter a number:
iv-term-region-none = Nothing found for “{ $query }”; try another spelling.
iv-term-keep-hint = (Enter keeps it)
iv-term-back-hint = (b goes back)
iv-term-review-confirm = Enter y to confirm and see the plan, or the number of an answer to change:
iv-term-input-closed = Input ended before the interview was complete.

## Errors

err-iv-not-on-path = { $field }: this question does not apply given the earlier answers.
err-iv-unanswered = A question is still unanswered: { $field }.
err-iv-data = The interview data is faulty and cannot be used: { $detail }

## Key dates of a plan

iv-date-filing-date = Filing date
iv-date-valid-until = Valid until
iv-date-change-from = Can be changed or cancelled from

## Screen: filing guide (ui-iv-)

ui-nav-check = Filing guide
ui-iv-title = Filing guide
ui-iv-intro = One question at a time. At the end you get a filing plan: which kind of filing, what to bring, where to file and until when it is valid. You can go back and change an answer at any time.
ui-iv-question = Question
ui-iv-next = Next
ui-iv-back = Back
ui-iv-choose-first = Please choose one, then press “Next”.
ui-iv-restart = Start again
ui-iv-date-placeholder = year-month-day, e.g. 2026-03-15
ui-iv-prefilled = Filled in from the place you chose on the home screen; choose again if it is not right.
ui-iv-dropped = After your change, some earlier answers no longer apply and have been removed.
ui-iv-review-intro = Please check each answer. If one is wrong, press “Change” beside it; when all are right, see the filing plan.
ui-iv-as-of = On which day do you plan to file? Validity counts from that day.
ui-iv-show-plan = See the filing plan
ui-iv-plan-label = Filing plan
ui-iv-print = Print the plan
ui-iv-edit-answers = Change answers
ui-iv-checklist-hint = Tick each item as you go; a printed copy works as a checklist too.
ui-iv-your-answers = Your answers
ui-iv-key-dates = Key dates
ui-iv-category = Filing category
ui-iv-settlement = How the bill is settled
ui-iv-saved = The filing category, scheme and stage are noted: the estimate and consent screens use them without asking again.
ui-iv-disclaimer = This plan is put together from published policy to help you prepare; the insured region's medical insurance office has the final word.
