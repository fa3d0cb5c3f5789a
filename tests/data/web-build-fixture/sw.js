// Must not be packaged: a service worker does not belong in an LMS frame.
