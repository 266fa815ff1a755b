## Journey: whom for, next step, settings, start page

ui-person-bar-label = Whom this is for
ui-person-bar-prefix = Working on:
ui-person-bar-suffix = ’s filing
ui-person-bar-none = You have not chosen whom this is for.
ui-person-bar-switch = Switch
ui-person-bar-choose = Choose a person

ui-next-step-label = Next step
ui-next-step-title = Next step
ui-next-step-check = Start the filing guide
ui-next-step-check-hint = A few questions: which filing, what to bring.
ui-next-step-hospitals = Choose the hospital
ui-next-step-hospitals-hint = Check it settles cross-province bills directly.
ui-next-step-estimate = Estimate the cost
ui-next-step-estimate-hint = Roughly what insurance pays and what you pay.
ui-next-step-consent = Read and sign the commitment
ui-next-step-consent-hint = Read it clause by clause, sign, then save and print the packet.
ui-next-step-people = Save to the person’s file
ui-next-step-people-hint = The plan and its dates are kept with them; you are reminded before a date.
ui-next-step-people-desk = Finish with this client
ui-next-step-people-desk-hint = Print the packet and hand it over, then press “Next client”: everything of this client is erased.
ui-next-step-people-after-trip = Save to the person’s file
ui-next-step-people-after-trip-hint = Back from hospital: keep this plan and its dates in their file; what to bring for the claim at home is in the plan.

ui-settings = Settings
ui-settings-title = Settings
ui-settings-close = Close
ui-settings-lang = Language
ui-settings-elder = Larger text
ui-settings-elder-hint = Bigger text and buttons, easier to read and tap.

ui-start-self = File for myself →
ui-start-family = File for a family member →
ui-start-staff = Start service desk mode →
ui-start-title = Start here

ui-consent-summary-title = Check the insured person and the signer
ui-consent-summary-hint = These come from the person’s file; no need to type them again. Press “Change” if something is wrong.
ui-consent-summary-change = Change

ui-packet-open = Open the PDF
ui-packet-print = Print
ui-packet-reveal = Show in folder
ui-packet-print-hint = When the PDF opens, choose “Print” in the viewer.
ui-packet-open-failed = Could not open it:
ui-packet-tech = Technical details

ui-unlock-show = Show the passphrase
ui-unlock-strength-weak = Too short: at least 8 characters; Chinese characters, letters and digits all count.
ui-unlock-strength-fair = Fair. Longer (12 characters or more) or mixing characters, letters and digits is safer.
ui-unlock-strength-strong = Good: this passphrase is hard to guess.
ui-unlock-forgot = Forgot the passphrase?
ui-unlock-forgot-cannot = The file is encrypted with it and kept only on this computer. Without the passphrase, the recovery code printed at set-up (or the key in the system keyring) nobody can open it, not even Yidi’s developers.
ui-unlock-forgot-can = Not affected: filings already made with the insurance agency; saved PDF packets and signature records (in your Downloads folder); case files exported for family (opened with the passphrase set when exporting).
ui-unlock-forgot-start-over = If it cannot be remembered: delete the file and start again, entering the people and their facts anew or importing an earlier export.

ui-error-summary-title = There is a problem
ui-date-year = Year
ui-date-month = Month
ui-date-day = Day

## Recovery code (shown once at set-up)
ui-recovery-title = Your recovery code
ui-recovery-what = If you forget the passphrase, this recovery code also opens your store and lets you set a new passphrase.
ui-recovery-warning = Yidi keeps neither your passphrase nor this code: without one of them nobody can get the data back, not even Yidi’s developers.
ui-recovery-keep = Print it or write it down now and keep it with your important papers; do not photograph it or send it to anyone. It is shown only this once.
ui-recovery-changed = After a passphrase change any recovery code printed before no longer works: keep this one instead.
ui-passphrase-section = Passphrase
ui-passphrase-change = Change the passphrase
ui-passphrase-change-hint = Type the current passphrase, then the new one twice. You get a new recovery code; the one printed before stops working.
ui-passphrase-current = Current passphrase
ui-passphrase-new = New passphrase
ui-passphrase-change-submit = Change passphrase
ui-recovery-print = Print
ui-recovery-done = I have printed or written it down
ui-recovery-open = Open with the recovery code
ui-recovery-code = Recovery code
ui-recovery-code-hint = 6 groups of 5 letters or digits; upper or lower case, spaces and dashes do not matter.
ui-recovery-new = New passphrase
ui-recovery-new-again = New passphrase again
ui-recovery-submit = Open and set the new passphrase
