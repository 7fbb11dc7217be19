window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "asa.lindqvist.ortega@example.org",
      "createdVia" : "web",
      "username" : "asalindqvist",
      "accountId" : "1326719481",
      "createdAt" : "2013-04-11T19:02:33.000Z",
      "accountDisplayName" : "Åsa Lindqvist-Ortega"
    }
  }
]