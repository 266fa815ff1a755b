## Eligibility interview (iv-): one question per screen, from a person's situation to a filing plan.
## Questions and help take $audience: self, family (asking for a relative) or staff (a service-centre clerk serving a walk-in); it changes wording only, never the rules.

iv-progress = Question { $number } · { $left ->
    [0] the last one
    [one] at most 1 more
   *[other] at most { $left } more
}
iv-yes = Yes
iv-no = No

## Questions

iv-q-audience = Who is using the assistant this time?
iv-q-audience-help = If you choose “for a family member”, the next questions ask about your relative.
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
iv-q-proxy-consent = { $audience ->
    [family] Does your relative agree to you filing for them, and how is it confirmed?
    [staff] How is the insured person's own consent confirmed?
   *[self] How will you confirm that a relative may file for you?
}
iv-q-proxy-consent-help = The filing is made in the insured person's own name and needs their consent: online through a bound family account (binding needs the insured person's confirmation), at the counter with the proxy's ID and the insured person's own documents.
iv-opt-proxy-consent-family-account = Online: the insured person is (or will be) bound as a family account
iv-opt-proxy-consent-counter-papers = At the counter: the proxy's ID and the insured person's own documents
iv-opt-proxy-consent-not-yet = The insured person has not been asked yet

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

iv-q-care-type = Is this a hospital stay, or outpatient care?
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
iv-q-channel = How will the filing be made?
iv-q-channel-help = On the phone needs no trip and usually has a result the next working day; at a counter it is usually done on the spot.
iv-opt-channel-online = On the phone (the national medical insurance app or the national filing mini-program)
iv-opt-channel-counter = At the counter of the insured region's medical insurance agency
iv-opt-channel-undecided = Not decided yet

iv-q-filing-action = { $audience ->
    [family] Your relative holds a long-term filing. What is needed now?
    [staff] The insured person holds a long-term filing. What is needed now?
   *[self] You hold a long-term filing. What is needed now?
}
iv-q-filing-action-help = A long-term filing stays valid until changed; to move it to another place or end it, ask for a change or cancellation — not possible for a while after it was made.
iv-opt-filing-action-keep = Keep it: it is for this place of treatment
iv-opt-filing-action-change-destination = Move it to this new place of treatment (change)
iv-opt-filing-action-cancel = It is no longer needed: cancel it

iv-q-filing-made = On what day was the long-term filing made?
iv-q-filing-made-help = The earliest day to change or cancel counts from it. The app's filing records show it. Write it as year-month-day, e.g. 2026-05-31.

iv-q-filing-end = On which day does that filing end?
iv-q-filing-end-help = Temporary filings have an end date, shown in the filing record. Write it year-month-day, such as 2026-05-31.

iv-q-admission-date = { $audience ->
    [family] On which day was your relative admitted?
    [staff] On which day was the insured person admitted?
   *[self] On which day were you admitted?
}
iv-q-admission-date-help = Write it year-month-day, such as 2026-03-15. An admission within the filing's validity counts even if discharge is after it ends.

iv-q-networked = Can the hospital (chosen, or where you are) settle cross-province bills directly?
iv-q-networked-help = If no hospital is chosen yet, or you are not sure, choose “Not sure”: the plan says how to check. The Hospitals page of this assistant can help.
iv-opt-networked-yes = Yes, it settles cross-province bills directly
iv-opt-networked-no = No, it does not
iv-opt-networked-dont-know = Not sure, or no hospital chosen yet

## Field names (review page and errors)

field-answers-audience = Who is using this
field-answers-filer = Who files
field-answers-insured-region = Insured region
field-answers-destination = Place of treatment
field-answers-scheme = Insurance scheme
field-answers-work-status = Working or retired
field-answers-dibao = Receives minimum living allowance
field-answers-stage = Where things stand
field-answers-care-type = Kind of care
field-answers-chronic-disease = Chronic or special disease
field-answers-reason = Reason for treatment away
field-answers-hukou-moved = Household registration moved
field-answers-months-there = Months lived or worked there
field-answers-referral-issued = Referral certificate issued
field-answers-referral-settled-before = Settled once under the referral
field-answers-has-filing = Already filed
field-answers-filing-end = Filing end date
field-answers-admission-date = Admission date
field-answers-networked = Hospital settles directly
field-answers-proxy-consent = How the insured person consents
field-answers-channel = How it is filed
field-answers-filing-action = The long-term filing held
field-answers-filing-made = Day the long-term filing was made
field-as-of = Filing date

## Outcome

iv-out-plan = { $category }: your cross-province filing plan
iv-out-plan-file-before-travel = { $category }: file before you go, settled directly at discharge
iv-out-plan-file-before-discharge = { $category }: file before the discharge settlement, still settled directly
iv-out-plan-counts-as-filed = Emergency away from home: counts as filed, settled directly
iv-out-plan-already-filed = { $category }: the filing is valid, bring the card and settle directly
iv-out-plan-manual-claim = The hospital cannot settle directly: pay at discharge, claim in { $insured }
iv-out-plan-manual-claim-paid = Already paid in full: claim it back in { $insured }
iv-out-plan-not-applicable = No cross-province filing needed
iv-out-plan-change-filing = { $category }: changing or cancelling the filing
iv-out-out-same-pool = No cross-province filing needed
iv-out-out-within-province = Not cross-province care
iv-out-out-outside-network = No cross-province direct settlement
iv-out-out-dibao = Not settled directly: employee-insured on the minimum living allowance
iv-out-out-care-not-settleable = This kind of care is not settled directly across provinces
iv-out-out-chronic-not-covered = Outpatient care for this disease is not settled directly across provinces

iv-verdict-plan = File, then settle directly
iv-verdict-not-needed = No cross-province filing needed
iv-verdict-not-available = Not settled directly
iv-verdict-plan-file-before-travel = File first, settled directly at discharge
iv-verdict-plan-file-before-discharge = File before discharge, settled directly
iv-verdict-plan-counts-as-filed = Emergency counts as filed, settled directly
iv-verdict-plan-already-filed = Filed, settled directly
iv-verdict-plan-manual-claim = Claim it back in { $insured }
iv-verdict-plan-not-applicable = No cross-province filing needed
iv-verdict-plan-change-filing = Change or cancel a long-term filing

iv-settle-file-before-travel = Once filed, the bill is settled at the hospital on discharge: you pay only your own share
iv-settle-file-before-discharge = File before the discharge settlement; the bill is then settled at the hospital: you pay only your own share
iv-settle-counts-as-filed = An emergency counts as filed: the bill is settled at the hospital, you pay only your own share
iv-settle-already-filed = The bill is settled at the hospital on discharge: you pay only your own share
iv-settle-manual-claim = Pay the whole bill, then claim it back in { $insured } with the papers
iv-settle-manual-claim-paid = Already paid in full: claim it back in { $insured } with the papers
iv-settle-not-applicable = Settled under local or provincial rules; no cross-province filing
iv-settle-change-filing = Once changed or cancelled, bills follow the new filing

iv-sec-summary = In short
iv-sec-steps = What to do, in order
iv-sec-materials = What to bring
iv-sec-channels = Where to file
iv-sec-scope = What the filing covers
iv-sec-validity = How long it lasts
iv-sec-refile = When to file again
iv-sec-waiting = Changing or cancelling
iv-sec-hospital = At the hospital
iv-sec-note-restated = Part of this section rests on restatements; the original text was not checked.
iv-sec-note-advice = Part of this section is Yidi's practical advice, not a rule.
iv-sec-note-both = Part of this section rests on restatements (the original was not checked), and part is Yidi's practical advice.
iv-layer-national = the national level
iv-sec-claim = Claiming at home
iv-sec-warnings = Watch out

iv-source = Source: { $title }{ $article }
iv-source-unverified = (restated; not checked against the original)
iv-src-nhsa-2022-22 = NHSA and Ministry of Finance notice on cross-province direct settlement (医保发〔2022〕22号)
iv-src-mohrss-2017-162 = MOHRSS and Ministry of Finance notice on cross-province inpatient direct settlement (人社厅发〔2017〕162号)
iv-src-mohrss-2016-procedure = Procedure for cross-province inpatient direct settlement (trial, 2016)
iv-src-hospital-rulebook = A designated hospital's rules for cross-province inpatient settlement
iv-src-seed-004-management = Research articles on managing care away from home (not policy)
iv-src-seed-003-emergency = Referral and emergency handling requirements (excerpt)
iv-src-yidi-rules = Yidi's summary of public rules (from local restatements)
iv-src-yidi-inference = Yidi's reading of the category definitions (confirm with the insured region)
iv-src-yidi-advice = Yidi's practical advice (not a rule)
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
iv-line-why-dibao = Under { $layer }'s rules, inpatient costs elsewhere of employee-insured people receiving minimum living allowance cannot be settled directly: pay, then claim at home.
iv-line-why-care-psychiatric = Under { $layer }'s rules, psychiatric inpatient care elsewhere (psychiatric hospitals or wards) cannot be settled directly.
iv-line-why-care-observation = Under { $layer }'s rules, emergency observation costs cannot be settled directly across provinces.
iv-line-why-care-home-bed = Under { $layer }'s rules, home hospital-bed costs cannot be settled directly across provinces.
iv-line-why-chronic-not-listed = This disease is not among the outpatient chronic and special diseases settled across provinces: pay for outpatient care, then claim at home.
iv-line-step-file-before-discharge = Admitted on { $admission_date } without a filing: file before the discharge settlement (how: the steps below); the hospital can still settle directly.
iv-line-step-counts-as-filed = Emergency care counts as filed: show the social security card at admission and say it is a cross-province emergency; if the hospital asks, file before discharge settlement.
iv-line-step-already-filed-long = The long-term filing you hold stays valid; nothing to file again. At admission, follow “At the hospital” below.
iv-line-step-already-filed-temporary = The filing is valid until { $filing_end }: an admission on or before that day settles directly even if discharge is later.
iv-line-step-validity-ended = The filing ended on { $filing_end }, before the admission on { $admission_date }: it does not cover this stay.
iv-line-step-filing-expired = The filing ended on { $filing_end }: file again.
iv-line-step-referral-lapsed = Under { $layer }'s rules, a referral filing lapses after discharge settlement: a new admission needs a new referral and filing.
iv-line-step-referral-reuse = A temporary filing allows several visits while valid: after the last discharge settlement, this referral filing still serves another admission.
iv-line-step-manual-claim = This hospital cannot settle cross-province bills directly: at discharge pay in full, take every paper with you and claim in { $insured } (see “Claiming at home”). If the illness allows, consider moving to a hospital that settles directly.
iv-line-step-not-networked-admitted = The hospital is not connected to cross-province settlement: you pay in full at discharge and claim at home; if your condition allows, consider moving to a connected hospital.
iv-line-step-not-needed = No cross-province filing is needed for this care.
iv-line-mat-identity = The insured person's social security card or ID card (or the medical insurance e-voucher on the phone).
iv-line-mat-retiree-hukou = The household register: its first page and the person's own page.
iv-line-mat-residence-proof = A residence permit for the place of treatment, or a proof of residence from the community.
iv-line-mat-posting-proof = The employer's posting letter, or the work contract for the job there.
iv-line-mat-referral-certificate = The transfer certificate from a designated hospital of the insured region qualified to refer.
iv-line-mat-referral-by-hospital = Under { $layer }'s rules, once a qualified designated hospital completes the referral, it uploads the filing itself; nothing else to file.
iv-line-mat-commitment = If you cannot show the proof above: a personal commitment letter (signed at the counter or in the app).
iv-line-mat-commitment-refused = { $insured } does not accept a commitment letter instead of proof: bring the proof itself.
iv-line-warn-commitment-supply-later = With a commitment letter, the missing proof is due within { $supply_months } months.
iv-line-warn-commitment-false = A false promise means the filing is cancelled, the money paid is recovered, and it goes on the credit record.
iv-line-mat-proxy-id = The proxy's own ID card or social security card.
iv-line-step-beijing-card-district = File with the social security card at the medical insurance agency of your district.
iv-line-step-beijing-consent = Read and sign Beijing's informed-consent form for cross-province inpatient direct settlement.
iv-line-step-beijing-proxy-signature = When a proxy files, the authorised person may sign the consent form.
iv-line-mat-changshu-long-term = The social security card and proof of living elsewhere (Changshu does not accept a commitment letter instead).
iv-line-warn-weifang-commitment-false = A false promise means cancellation, recovery of the money, a credit record, and a fine of 2 to 5 times the amount obtained.
iv-line-ch-counter = The service counter of the insured region's medical insurance agency.
iv-line-ch-national-app = The national medical insurance app, under "cross-region filing".
iv-line-ch-mini-program = The "national cross-region filing" mini-program in WeChat or Alipay.
iv-line-ch-website-phone = The insured region's medical insurance website or service line.
iv-line-ch-processing = At a counter it is usually done on the spot; online, usually the next working day and within 2 working days.
iv-line-ch-changshu-counter = A town or street labour-security office, or the medical insurance window of the city social security centre; the government service centre is open Monday to Saturday 8:30–11:30 and 12:30–16:30 and files on the spot.
iv-line-ch-changshu-online = Online through the Changshu smart social security platform, done the next working day.
iv-line-ch-changshu-find-hospital = Find connected hospitals at the destination through the "Changshu Social Security" account, or call the destination's area code + 12333.
iv-line-scope-city = The filing names the city, { $destination }: every hospital there connected to cross-province settlement can settle directly.
iv-line-scope-hospitals = Under { $layer }'s rules, the filing names specific designated hospitals in { $destination }; only those settle directly.
iv-line-val-long-term = A long-term filing stays valid until you change or cancel it.
iv-line-val-temporary = The temporary filing is valid from { $filing_date } to { $valid_until } ({ $validity_months } months), for as many visits as needed.
iv-line-val-admission-counts = An admission within the validity counts even if discharge is after it ends.
iv-line-val-referral-lapses = Under { $layer }'s rules, a referral filing lapses after discharge settlement.
iv-line-refile-destination = For treatment in another city, file again (or change the filing's place).
iv-line-refile-details = When the place of residence, the phone number or other details change, update the filing.
iv-line-refile-hospital = To change the chosen hospital, file again.
iv-line-refile-referral-again = A referred patient who needs another transfer or admission away files a new referral.
iv-line-wait-change-lock = Once a long-term filing is made it can be changed or cancelled from { $change_from } (the national rule sets at most { $lock_months } months; the insured region may set fewer).
iv-line-claim-where = Hand it in at the medical insurance agency of { $insured } (the insured region's service counter); the refund follows that region's rules.
iv-line-claim-documents = Originals to bring: the medical invoices, the itemised bill, the discharge record (summary) or medical record, the diagnosis certificate, and the settlement sheet if you have one.
iv-line-claim-referral-certificate = For a referral, bring the transfer certificate.
iv-line-claim-emergency-record = For an emergency, bring the emergency record or diagnosis.
iv-line-claim-not-filed = Some insured regions pay less when there was no filing before discharge.
iv-line-warn-card = No filing, and no social security card at admission, are the two main reasons bills are not settled directly.
iv-line-warn-free = Filing is free of charge: do not pay agents who offer to do it.
iv-line-warn-networked-check = Make sure the hospital is connected to cross-province direct settlement: a hospital that is not cannot settle directly, and you usually pay in full and claim at home.
iv-line-warn-general-outpatient = General outpatient costs settle directly only at designated hospitals or pharmacies connected to cross-province outpatient settlement.
iv-line-warn-chronic = { $disease } is one of the outpatient chronic and special diseases settled across provinces; be treated at a designated hospital connected for it.
iv-line-warn-observation-home-bed = In many regions emergency observation and home beds are not settled directly across provinces: ask the insured region before treatment.
iv-line-warn-psychiatric = Some insured regions do not settle psychiatric inpatient care directly across provinces: ask before treatment.
iv-line-warn-temporary-ratio = Temporary filings may be paid at a lower ratio than long-term ones: up to 10 points lower for referrals and emergencies, up to 20 points for other temporary care.
iv-line-warn-beijing-exclusions = Under Beijing's rules, inpatient costs elsewhere of employee-insured people on the minimum living allowance are not settled directly.
iv-line-warn-beijing-special-outpatient = Beijing's consent form lists as not settled directly: psychiatric inpatient costs, and outpatient special diseases, home beds and emergency observation billed as inpatient costs.
iv-line-step-consent-family-account = Filing on the phone for a relative: first add the insured person under “Family account” in the national medical insurance app and complete the binding, which the insured person confirms; then file through that family account.
iv-line-step-consent-counter = Filing at the counter for someone: bring your own ID card and the insured person's own social security card or ID card; the form may be signed by the proxy (authorised person) — the counter decides.
iv-line-step-consent-not-yet = First explain to the insured person what is being filed and get their agreement: filings and claims are made in their own name; online they confirm the family-account binding, at the counter their documents are needed.
iv-line-step-online-open = On the phone, open the national medical insurance app (国家医保服务平台, or the 国家异地就医备案 mini-program in WeChat or Alipay), log in to the insured person's account, and go to “异地备案” (cross-province filing).
iv-line-step-online-submit = Choose the insured region, the category “{ $category }” and { $destination } as the place of treatment; fill in the details, upload or photograph the items listed under “What to bring” (without proof, tick the personal commitment), and submit.
iv-line-step-online-result = The result usually comes the next working day (at most 2 working days): it is done when the app's filing records show “备案成功” (filed).
iv-line-step-counter-go = Take everything listed under “What to bring” to the service counter of the medical insurance agency of { $insured }.
iv-line-step-counter-form = At the counter, take the cross-province filing form (跨省异地就医备案表), fill it in there and hand it in with the documents; counters usually finish on the spot.
iv-line-step-counter-result = Keep the receipt; back home you can also check “备案成功” in the filing records of the national medical insurance app.
iv-line-step-channel-open = Choose one way to file: on the phone (the national medical insurance app or the national filing mini-program, under “异地备案”), or at the counter of the medical insurance agency of { $insured }. See “Where to file” below.
iv-line-step-then-hospital = Once filed, choose a designated hospital in { $destination } that settles cross-province bills directly; at admission follow “At the hospital” below.
iv-line-step-paid-claim = The bill is already paid in full: it can no longer be settled at the hospital; claim it back in { $insured } with the papers — see “Claiming at home” below.
iv-line-step-change-now = Your long-term filing was made on { $filing_made }; from { $change_from } you can ask to change it: move the place of treatment to { $destination }; once changed, bills there are settled directly.
iv-line-step-change-wait = Your long-term filing was made on { $filing_made }; it can be changed only from { $change_from } ({ $layer } allows no change within { $lock_months } months). Before then, ask the medical insurance agency of { $insured } whether an early change is possible; if not, care in { $destination } is paid first and claimed at home.
iv-line-step-cancel-now = Your long-term filing was made on { $filing_made }; from { $change_from } you can ask to cancel it. After that, care away from home needs a new filing.
iv-line-step-cancel-wait = Your long-term filing was made on { $filing_made }; it can be cancelled only from { $change_from } ({ $layer } allows no cancellation within { $lock_months } months).
iv-line-step-change-how = A change or cancellation is made like a filing: find the filing record under “异地备案” in the national medical insurance app, or go to the counter of the medical insurance agency of { $insured }.
iv-line-mat-filing-form = The cross-province filing form (跨省异地就医备案表): taken and filled in at the counter; not needed on the phone. This assistant's “Read and sign” can also print a filled-in form to bring.
iv-line-mat-insured-card-for-proxy = The insured person's own social security card or ID card (the original, when filing for them).
iv-line-hosp-admission = At admission: at the admissions desk show the social security card (or the e-voucher on the phone) and the ID card and say: “My insurance is in { $insured }, I have filed — cross-province direct settlement (跨省异地就医直接结算).” Ask the desk to confirm the filing shows up.
iv-line-hosp-admission-emergency = At admission: show the social security card (or e-voucher) and the ID card and say it is an emergency away from home for cross-province direct settlement; if the hospital asks, file before the discharge settlement.
iv-line-hosp-not-found = If the filing does not show up: do not pay the full amount yet. Check the filing records in the app, or call the medical insurance agency of { $insured }.
iv-line-hosp-stay = During the stay: before any drug or item outside the catalogue (fully self-paid), the hospital asks you to sign a self-pay agreement (自费项目协议书); ask when unsure. Keep the daily cost lists.
iv-line-hosp-discharge = At discharge: show the card again. The settlement sheet should show what the insurance fund paid; you pay only your own share.
iv-line-hosp-keep-papers = Take and keep the invoice, the itemised bill, the discharge record (summary), the diagnosis certificate and the settlement sheet: you need them to check the bill or to claim at home.
iv-line-hosp-failed = If direct settlement fails: ask the hospital's insurance office to try again and to say why; pay in full only as a last resort, take every paper above, and claim it back in { $insured }.
iv-line-claim-late-filing = First ask { $insured } whether a late filing is needed: some insured regions accept a claim only after a cross-province filing has been made, and may pay less without one. A late filing can be made under “异地备案” in the national medical insurance app.
iv-line-claim-copies = Originals handed in are not returned: copy (or photograph) the invoices and the itemised bill first. If the discharge record or diagnosis must be originals, ask the hospital for a second copy.
iv-line-claim-proxy = Claiming for a relative: bring your own ID card and the insured person's ID card or social security card.
iv-line-claim-deadline-unknown = Time limit: we found no rule of { $insured } on it. Claim soon, and ask about the limit before handing in.
iv-line-claim-estimate = Roughly how much comes back: see “Roughly what comes back” at the end of this section, worked out on your facts (enter the total on the invoice); the insured region's review decides.

## The card to show at the admission desk

iv-desk-title = Show this to the admissions desk
iv-desk-insured = Insured region
iv-desk-category = Filing category
iv-desk-validity = Filing valid
iv-desk-destination = Place of treatment
iv-desk-valid-long-term = Long-term (no end date)
iv-desk-valid-until = until { $date }
iv-desk-valid-emergency = Emergency: counts as filed
iv-desk-valid-ask = See the filing records in the app
iv-desk-say = My medical insurance is in { $insured }; I have filed for cross-province care. Please admit me with cross-province direct settlement.
iv-desk-say-emergency = My medical insurance is in { $insured }; this is an emergency away from home. Please use cross-province direct settlement.
iv-desk-ask = Please check that my filing shows up in the system.

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
iv-term-how-paid = How the bill is paid
iv-term-basis = Basis
iv-term-input-closed = Input ended before the interview was complete.

## Errors

err-iv-choose-one = { $field }: choose one of these: { $options }.
err-iv-not-on-path = { $field }: this question does not apply given the earlier answers.
err-iv-unanswered = A question is still unanswered: { $field }.
err-iv-data = The interview data is faulty and cannot be used: { $detail }
err-iv-admission-after-as-of = The admission date { $date } is after the day of the plan, { $as_of }: an admission that has not happened cannot be entered. If not yet admitted, change “Where things stand” to “not yet gone”.
err-iv-filing-made-after-as-of = The filing date { $date } is after the day of the plan, { $as_of }: enter the day the filing was made.

## Key dates of a plan

iv-date-filing-date = Filing date
iv-date-valid-until = Valid until
iv-date-change-from = Change or cancel from

## Screen: filing guide (ui-iv-)

ui-nav-check = Filing guide
ui-iv-title = Filing guide
ui-iv-intro = One question at a time. At the end you get a filing plan: which kind of filing, what to bring, where to file and until when it is valid. You can go back and change an answer at any time.
ui-iv-next = Next
ui-iv-back = Back
ui-iv-choose-first = Please choose one, then press “Next”.
ui-iv-restart = Start again
ui-iv-date-placeholder = year-month-day, e.g. 2026-03-15
ui-iv-prefilled = Filled in from the place you chose on the home screen; choose again if it is not right.
ui-iv-dropped = After your change, some earlier answers no longer apply and have been removed.
ui-iv-review-intro = Please check each answer. If one is wrong, press “Change” beside it; when all are right, see the filing plan.
ui-iv-as-of = Day of filing (today is filled in; change it if you file on another day). Validity counts from this day.
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
ui-iv-show-desk = Show at the admission desk
ui-iv-print-card = Print the hospital card
ui-iv-card-title = At the hospital (keep this with you)
ui-iv-validity = Valid
ui-iv-valid-long-term = Long-term, until changed or cancelled
ui-iv-ticked = ready
ui-iv-basis = Basis
ui-iv-rule-set = Rule versions
ui-iv-desk-close = Back to the plan
