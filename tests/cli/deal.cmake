# dojo deal: the deal-term calculators on the command line (see core/deals).

# The guide's worked examples, with their working.
dealdojo_cli_test(NAME "deal aov: quote 1,000,000 over 2 years" ARGS deal aov --quote 1000000 --years 2
  EXPECT_EXIT 0 EXPECT_OUTPUT "AOV = 1,000,000 ÷ 2 years = 500,000")
dealdojo_cli_test(NAME "deal tcv: AOV 500,000 over 2 years" ARGS deal tcv --aov 500000 --years 2
  EXPECT_EXIT 0 EXPECT_OUTPUT "TCV = 500,000 × 2 years = 1,000,000")
dealdojo_cli_test(NAME "deal acv: 500,000 plus 200,000 added" ARGS deal acv --previous-aov 500000 --added 200000
  EXPECT_EXIT 0 EXPECT_OUTPUT "New AOV = .* = 700,000.*ACV = 700,000 - 500,000 = 200,000")

# Partial years, thousand separators, rounding, negative changes.
dealdojo_cli_test(NAME "deal aov: 30 months with thousand separators" ARGS deal aov --quote 1,000,000 --months 30
  EXPECT_EXIT 0 EXPECT_OUTPUT "AOV = 1,000,000 ÷ 2.5 years = 400,000")
dealdojo_cli_test(NAME "deal aov: decimal years" ARGS deal aov --quote $1,000,000 --years 2.5
  EXPECT_EXIT 0 EXPECT_OUTPUT "AOV = 400,000")
dealdojo_cli_test(NAME "deal aov: rounding half-up is stated" ARGS deal aov --quote 1000000 --years 3
  EXPECT_EXIT 0 EXPECT_OUTPUT "= 333,333.33 \\(rounded half-up to the cent\\)")
dealdojo_cli_test(NAME "deal acv: a shrinking contract" ARGS deal acv --previous-aov 500000 --new-aov 420000
  EXPECT_EXIT 0 EXPECT_OUTPUT "ACV = 420,000 - 500,000 = -80,000")
dealdojo_cli_test(NAME "deal acv: a negative --added value is a value, not a flag"
  ARGS deal acv --previous-aov 500000 --added -80000
  EXPECT_EXIT 0 EXPECT_OUTPUT "ACV = -80,000")
dealdojo_cli_test(NAME "deal ramp: per-year amounts" ARGS deal ramp --years-amounts 100000,150000,200000
  EXPECT_EXIT 0 EXPECT_OUTPUT "100,000 \\+ 150,000 \\+ 200,000 = 450,000.*Average AOV = .* = 150,000.*Year 3 ACV = 200,000 - 150,000 = 50,000")
dealdojo_cli_test(NAME "deal deferred: recognition starts at activation"
  ARGS deal deferred --invoice 120000 --months 12 --signed 2026-01 --activated 2026-03
  EXPECT_EXIT 0 EXPECT_OUTPUT "2026-02 \\* \\| +0.00 +0.00 +120,000.00.*2026-03 +\\| +10,000.00 +10,000.00 +110,000.00.*starts at activation, not at signature")
dealdojo_cli_test(NAME "deal deferred: licences up front on-premises"
  ARGS deal deferred --invoice 120000 --months 12 --signed 2026-01 --activated 2026-03 --licence 60000
  EXPECT_EXIT 0 EXPECT_OUTPUT "2026-03 +\\| +10,000.00 +10,000.00 +110,000.00 \\| +65,000.00 +65,000.00 +55,000.00")
dealdojo_cli_test(NAME "deal discount: net price and approver" ARGS deal discount --list 100000 --percent 15
  EXPECT_EXIT 0 EXPECT_OUTPUT "Net price = 85,000.*Approver: Sales manager \\(above 10% and up to 20%\\)")
dealdojo_cli_test(NAME "deal discount: a configured approval matrix"
  ARGS deal discount --list 100,000 --percent 15% --matrix tests/unit/deals/approval_matrix.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "Approver: Regional director")

# Machine output.
dealdojo_cli_test(NAME "deal tcv --json" ARGS deal tcv --aov 500000 --years 2 --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"tcv\": {[^}]*\"amount\": \"1000000.00\"")
dealdojo_cli_test(NAME "deal --json errors name the flag" ARGS deal tcv --aov -5 --months x --json
  EXPECT_EXIT 2 EXPECT_OUTPUT "\"flag\": \"--aov\".*\"flag\": \"--months\"")
dealdojo_cli_test(NAME "deal deferred --json has the schedule rows"
  ARGS deal deferred --invoice 120000 --months 12 --signed 2026-01 --activated 2026-01 --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"rows\": \\[.*\"month\": \"2026-12\"")

# Every invalid input is a clear message on its flag, exit 2, never a crash or NaN.
dealdojo_cli_test(NAME "deal aov: non-number and zero years together" ARGS deal aov --quote abc --years 0
  EXPECT_EXIT 2 EXPECT_OUTPUT "--quote: 'abc' is not an amount.*--years: The term must be at least 1 month"
  EXPECT_NO_OUTPUT "AOV =")
dealdojo_cli_test(NAME "deal aov: NaN is not a number" ARGS deal aov --quote NaN --years 2
  EXPECT_EXIT 2 EXPECT_OUTPUT "--quote: 'NaN' is not an amount" EXPECT_NO_OUTPUT "nan")
dealdojo_cli_test(NAME "deal aov: scientific notation refused" ARGS deal aov --quote 1e9 --years 2
  EXPECT_EXIT 2 EXPECT_OUTPUT "--quote: '1e9' uses scientific notation")
dealdojo_cli_test(NAME "deal aov: negative years" ARGS deal aov --quote 1000 --years -2
  EXPECT_EXIT 2 EXPECT_OUTPUT "--years: The term cannot be negative")
dealdojo_cli_test(NAME "deal aov: absurd amount" ARGS deal aov --quote 5,000,000,000,000 --years 2
  EXPECT_EXIT 2 EXPECT_OUTPUT "--quote: '5,000,000,000,000' is above the largest amount accepted")
dealdojo_cli_test(NAME "deal aov: missing quote" ARGS deal aov --years 2
  EXPECT_EXIT 2 EXPECT_OUTPUT "--quote: Enter an amount")
dealdojo_cli_test(NAME "deal tcv: absurd term" ARGS deal tcv --aov 1000 --years 300
  EXPECT_EXIT 2 EXPECT_OUTPUT "--years: A term over 20 years")
dealdojo_cli_test(NAME "deal acv: nothing to compare" ARGS deal acv --previous-aov 500000
  EXPECT_EXIT 2 EXPECT_OUTPUT "--new-aov: Give this year's AOV")
dealdojo_cli_test(NAME "deal ramp: ambiguous commas are refused" ARGS deal ramp --years-amounts 100,000,150,000
  EXPECT_EXIT 2 EXPECT_OUTPUT "--years-amounts: '100,000,150,000' is ambiguous")
dealdojo_cli_test(NAME "deal ramp: a bad year amount" ARGS deal ramp --years-amounts 100000,-5
  EXPECT_EXIT 2 EXPECT_OUTPUT "--years-amounts: The year 2 amount cannot be negative")
dealdojo_cli_test(NAME "deal deferred: activation before signature"
  ARGS deal deferred --invoice 1000 --months 12 --signed 2026-03 --activated 2026-01
  EXPECT_EXIT 2 EXPECT_OUTPUT "--activated: Activation \\(2026-01\\) cannot come before signature \\(2026-03\\)")
dealdojo_cli_test(NAME "deal deferred: a bad month" ARGS deal deferred --invoice 1000 --months 12 --signed March --activated 2026-13
  EXPECT_EXIT 2 EXPECT_OUTPUT "--signed: 'March' is not a month.*--activated: '2026-13': the month must be 1 to 12")
dealdojo_cli_test(NAME "deal discount: over 100%" ARGS deal discount --list 100 --percent 150
  EXPECT_EXIT 2 EXPECT_OUTPUT "--percent: A discount above 100% would mean paying the customer")
dealdojo_cli_test(NAME "deal discount: unreadable matrix file" ARGS deal discount --list 100 --percent 5 --matrix no/such.json
  EXPECT_EXIT 2 EXPECT_OUTPUT "--matrix: cannot read 'no/such.json'")

# Flags themselves.
dealdojo_cli_test(NAME "deal: unknown flag" ARGS deal aov --quote 1 --yeers 2
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown flag --yeers \\(did you mean --years\\?\\)")
dealdojo_cli_test(NAME "deal: flag without a value" ARGS deal aov --years 2 --quote
  EXPECT_EXIT 2 EXPECT_OUTPUT "--quote needs a value")
dealdojo_cli_test(NAME "deal: a flag given twice" ARGS deal aov --quote 1 --quote 2 --years 1
  EXPECT_EXIT 2 EXPECT_OUTPUT "--quote is given twice")
dealdojo_cli_test(NAME "deal: years and months together" ARGS deal aov --quote 1 --years 1 --months 12
  EXPECT_EXIT 2 EXPECT_OUTPUT "--years or --months, not both")
dealdojo_cli_test(NAME "deal: no calculator" ARGS deal
  EXPECT_EXIT 2 EXPECT_OUTPUT "Usage:.*dojo deal aov")
dealdojo_cli_test(NAME "deal: unknown calculator" ARGS deal npv
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown subcommand 'npv'. choose aov, tcv, acv, ramp, deferred, discount or drill")
dealdojo_cli_test(NAME "help deal documents every calculator's flags" ARGS help deal
  EXPECT_EXIT 0 EXPECT_OUTPUT "aov --quote AMOUNT.*tcv --aov AMOUNT.*--previous-aov.*--years-amounts.*--signed YYYY-MM.*--licence.*--list AMOUNT --percent P.*--matrix FILE.*drill \\[--seed N\\] \\[--count N\\].*--json")
dealdojo_cli_test(NAME "help lists deal" ARGS help
  EXPECT_EXIT 0 EXPECT_OUTPUT "deal +Deal-term calculators")

# Drills: a fixed seed prints fixed problems with their answers.
dealdojo_cli_test(NAME "deal drill: seed 7" ARGS deal drill --seed 7 --count 3
  EXPECT_EXIT 0 EXPECT_OUTPUT "1\\. \\[ramp\\] A ramped 2-year deal.*Answer: 540,000.*2\\. \\[deferred\\].*Answer: 287,000.*3\\. \\[aov\\].*Answer: 526,000")
dealdojo_cli_test(NAME "deal drill --json" ARGS deal drill --seed 7 --count 1 --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"kind\": \"ramp\".*\"slips\"")
dealdojo_cli_test(NAME "deal drill: chosen kinds" ARGS deal drill --seed 1 --count 4 --kind discount
  EXPECT_EXIT 0 EXPECT_OUTPUT "\\[discount\\]" EXPECT_NO_OUTPUT "\\[(aov|tcv|acv|ramp|deferred)\\]")
dealdojo_cli_test(NAME "deal drill: bad seed" ARGS deal drill --seed seven
  EXPECT_EXIT 2 EXPECT_OUTPUT "--seed: 'seven' is not a whole number")
dealdojo_cli_test(NAME "deal drill: bad kind" ARGS deal drill --kind poker
  EXPECT_EXIT 2 EXPECT_OUTPUT "--kind: 'poker' is not a kind")
