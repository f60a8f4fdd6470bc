public enum TICReportModule {}
