window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1326719481",
      "screenNameChange" : {
        "changedAt" : "2019-06-03T07:41:02.000Z",
        "changedFrom" : "asa_lindqvist",
        "changedTo" : "asalindqvist"
      }
    }
  }
]