// Stand-in for the screen-reader mirror.
