On Monday, 5 March 2024, the council met; on March 5, 2024 it met again.
It opened on 12 May and closes in May 2025. Officials may wait until 2026.
The vote was on Sept. 14 at 10:30, after talks in 2023 with Jan Smith.
