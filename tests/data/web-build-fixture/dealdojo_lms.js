// Stand-in for the LMS bridge.
