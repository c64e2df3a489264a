/// A data dir written by a release of format 01 (main at 46b9624):
/// `fleet-clearance serve --clock manual --compaction-bytes 1500` took four
/// Kia and Volkswagen adds with unicode and empty tags, three reports and a
/// compaction; a second run advanced the clock an hour, added a Kia with
/// twelve tags and reported data for it. The files, base64.
enum Version01Fixture {
  /// `snapshot-1.snap`
  static let snapshot = [
    "RkNTTkFQMDEaAQAAOX+fsXsicHV0Ijp7InZpbiI6IktOQUIwMDAwMDAwMDAwMDAxIiwiYnJhbmQiOiJraWEiLCJ0YWdzIjpbWyJj",
    "dXN0b21lciIsIkFDTUUgRmxlZXQgU2VydmljZXMiXSxbInJlZ2nDs24iLCJLw7ZsbiDigJMgU8O8ZCDwn5qXIl0sWyJlbXB0eSIs",
    "IiJdXSwibG9nIjpbWzE3NjcyMjU2MDAsInBlbmRpbmciXSxbMTc2NzIyNTYwMCwiYXBwcm92ZWQiXV0sImluc2VydGVkIjoxNzY3",
    "MjI1NjAwLCJhcHByb3ZlZCI6MTc2NzIyNTYwMCwiZGF0YSI6ZmFsc2UsImFjdGl2YXRlZCI6dHJ1ZX0sImNoYW5nZXMiOltdfQsB",
    "AADOmdyzeyJwdXQiOnsidmluIjoiV1ZXWlpaMUpaWFcwMDAwMDEiLCJicmFuZCI6InZvbGtzd2FnZW4iLCJ0YWdzIjpbWyJ2dy1n",
    "cm91cC1jdXN0b21lci1uYW1lIiwiQUNNRSBGbGVldCJdXSwibG9nIjpbWzE3NjcyMjU2MDAsInBlbmRpbmciXSxbMTc2NzIyNTYw",
    "MCwicGVuZGluZyIsInByaXZhY3kgbW9kZSBpcyBlbmFibGVkIl1dLCJpbnNlcnRlZCI6MTc2NzIyNTYwMCwiYXBwcm92ZWQiOm51",
    "bGwsImRhdGEiOmZhbHNlLCJhY3RpdmF0ZWQiOmZhbHNlfSwiY2hhbmdlcyI6W1190AAAAOINou17InB1dCI6eyJ2aW4iOiJXVlda",
    "WloxSlpYVzAwMDAwMiIsImJyYW5kIjoidm9sa3N3YWdlbiIsInRhZ3MiOltdLCJsb2ciOltbMTc2NzIyNTYwMCwicmVqZWN0ZWQi",
    "LCJjdXN0b21lciBuYW1lIHRhZyBtaXNzaW5nIl1dLCJpbnNlcnRlZCI6MTc2NzIyNTYwMCwiYXBwcm92ZWQiOm51bGwsImRhdGEi",
    "OmZhbHNlLCJhY3RpdmF0ZWQiOmZhbHNlfSwiY2hhbmdlcyI6W1196AAAAF40dOV7InB1dCI6eyJ2aW4iOiJLTkFCMDAwMDAwMDAw",
    "MDAwMiIsImJyYW5kIjoia2lhIiwidGFncyI6W10sImxvZyI6W1sxNzY3MjI1NjAwLCJwZW5kaW5nIl0sWzE3NjcyMjU2MDAsInJl",
    "amVjdGVkIiwiVklOIGFjdGl2YXRpb24gbm90IGFsbG93ZWQgYnkgT0VNIl1dLCJpbnNlcnRlZCI6MTc2NzIyNTYwMCwiYXBwcm92",
    "ZWQiOm51bGwsImRhdGEiOmZhbHNlLCJhY3RpdmF0ZWQiOmZhbHNlfSwiY2hhbmdlcyI6W119LwMAAF6hhG17Imhpc3RvcnkiOltb",
    "MSwiS05BQjAwMDAwMDAwMDAwMDEiLCJraWEiLCJwZW5kaW5nIixudWxsLG51bGwsMTc2NzIyNTYwMCxbWyJjdXN0b21lciIsIkFD",
    "TUUgRmxlZXQgU2VydmljZXMiXSxbInJlZ2nDs24iLCJLw7ZsbiDigJMgU8O8ZCDwn5qXIl0sWyJlbXB0eSIsIiJdXV0sWzIsIktO",
    "QUIwMDAwMDAwMDAwMDAyIiwia2lhIiwicGVuZGluZyIsbnVsbCxudWxsLDE3NjcyMjU2MDAsW11dLFszLCJXVldaWloxSlpYVzAw",
    "MDAwMSIsInZvbGtzd2FnZW4iLCJwZW5kaW5nIixudWxsLG51bGwsMTc2NzIyNTYwMCxbWyJ2dy1ncm91cC1jdXN0b21lci1uYW1l",
    "IiwiQUNNRSBGbGVldCJdXV0sWzQsIldWV1paWjFKWlhXMDAwMDAyIiwidm9sa3N3YWdlbiIsInJlamVjdGVkIixudWxsLCJjdXN0",
    "b21lciBuYW1lIHRhZyBtaXNzaW5nIiwxNzY3MjI1NjAwLFtdXSxbNSwiS05BQjAwMDAwMDAwMDAwMDEiLCJraWEiLCJhcHByb3Zl",
    "ZCIsInBlbmRpbmciLG51bGwsMTc2NzIyNTYwMCxbWyJjdXN0b21lciIsIkFDTUUgRmxlZXQgU2VydmljZXMiXSxbInJlZ2nDs24i",
    "LCJLw7ZsbiDigJMgU8O8ZCDwn5qXIl0sWyJlbXB0eSIsIiJdXV0sWzYsIktOQUIwMDAwMDAwMDAwMDAyIiwia2lhIiwicmVqZWN0",
    "ZWQiLCJwZW5kaW5nIiwiVklOIGFjdGl2YXRpb24gbm90IGFsbG93ZWQgYnkgT0VNIiwxNzY3MjI1NjAwLFtdXSxbNywiV1ZXWlpa",
    "MUpaWFcwMDAwMDEiLCJ2b2xrc3dhZ2VuIiwicGVuZGluZyIsInBlbmRpbmciLCJwcml2YWN5IG1vZGUgaXMgZW5hYmxlZCIsMTc2",
    "NzIyNTYwMCxbWyJ2dy1ncm91cC1jdXN0b21lci1uYW1lIiwiQUNNRSBGbGVldCJdXV1dfQ0AAADeoyQxeyJlbmQiOls0LDddfQ==",
  ].joined()
  /// `journal-1.log`
  static let journal = [
    "RkNKUk5MMDEUAAAAimXTcHsiY2xvY2siOjE3NjcyMjkyMDB93wEAAAss6PF7InB1dCI6eyJ2aW4iOiJLTkFCMDAwMDAwMDAwMDAw",
    "MyIsImJyYW5kIjoia2lhIiwidGFncyI6W1siYSIsIjEiXSxbImIiLCIyIl0sWyJjIiwiMyJdLFsiZCIsIjQiXSxbImUiLCI1Il0s",
    "WyJmIiwiNiJdLFsiZyIsIjciXSxbImgiLCI4Il0sWyJpIiwiOSJdLFsiaiIsIjEwIl0sWyJrIiwiMTEiXSxbImwiLCIxMiJdXSwi",
    "bG9nIjpbWzE3NjcyMjkyMDAsInBlbmRpbmciXV0sImluc2VydGVkIjoxNzY3MjI5MjAwLCJhcHByb3ZlZCI6bnVsbCwiZGF0YSI6",
    "ZmFsc2UsImFjdGl2YXRlZCI6ZmFsc2V9LCJjaGFuZ2VzIjpbWzgsIktOQUIwMDAwMDAwMDAwMDAzIiwia2lhIiwicGVuZGluZyIs",
    "bnVsbCxudWxsLDE3NjcyMjkyMDAsW1siYSIsIjEiXSxbImIiLCIyIl0sWyJjIiwiMyJdLFsiZCIsIjQiXSxbImUiLCI1Il0sWyJm",
    "IiwiNiJdLFsiZyIsIjciXSxbImgiLCI4Il0sWyJpIiwiOSJdLFsiaiIsIjEwIl0sWyJrIiwiMTEiXSxbImwiLCIxMiJdXV1dfSUB",
    "AAClsXRaeyJwdXQiOnsidmluIjoiS05BQjAwMDAwMDAwMDAwMDMiLCJicmFuZCI6ImtpYSIsInRhZ3MiOltbImEiLCIxIl0sWyJi",
    "IiwiMiJdLFsiYyIsIjMiXSxbImQiLCI0Il0sWyJlIiwiNSJdLFsiZiIsIjYiXSxbImciLCI3Il0sWyJoIiwiOCJdLFsiaSIsIjki",
    "XSxbImoiLCIxMCJdLFsiayIsIjExIl0sWyJsIiwiMTIiXV0sImxvZyI6W1sxNzY3MjI5MjAwLCJwZW5kaW5nIl1dLCJpbnNlcnRl",
    "ZCI6MTc2NzIyOTIwMCwiYXBwcm92ZWQiOm51bGwsImRhdGEiOnRydWUsImFjdGl2YXRlZCI6ZmFsc2V9LCJjaGFuZ2VzIjpbXX0=",
  ].joined()
}
