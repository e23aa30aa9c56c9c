“We were never told about the 40 homes, the resident said.
The paragraph goes on without a closing mark.

This next paragraph must not be inside a quotation, police said on Monday.

'An unclosed single quote also stops
at the blank line.

“Opened again. “A new quotation starts here,” she said.
