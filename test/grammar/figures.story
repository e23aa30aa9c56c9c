The scheme cost £4.5m, up from $2bn, €3 million and US$1,200.50 last year.
Turnout rose 12% to 45.2 per cent, and 1,250,000 people voted.
About 3.2 million homes and twenty-five schools lost power; two dozen trains stopped.
The storm travelled 120 miles at 80mph and dropped 30 tonnes of debris.
In the 1990s it was the 21st project. COVID-19 and the A4 and 4x4 are not figures.
Ranges like 10-15 count, as do 7.5% and 3 percent.
