"""Sales, learning and personal goals, and the diagnosis recommendations that lead to them."""
