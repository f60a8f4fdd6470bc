// Keeps the TICReportTests target buildable until its first test lands.
import Testing
