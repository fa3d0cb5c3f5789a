// Stand-in for the page script.
