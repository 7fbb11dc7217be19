window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "98123457",
      "userLink" : "https://twitter.com/intent/user?user_id=98123457"
    }
  },
  {
    "following" : {
      "accountId" : "221845903",
      "userLink" : "https://twitter.com/intent/user?user_id=221845903"
    }
  },
  {
    "following" : {
      "accountId" : "1120458796453617664",
      "userLink" : "https://twitter.com/intent/user?user_id=1120458796453617664"
    }
  },
  {
    "following" : {
      "accountId" : "3158702214",
      "userLink" : "https://twitter.com/intent/user?user_id=3158702214"
    }
  },
  {
    "following" : {
      "accountId" : "1288130546720768001",
      "userLink" : "https://twitter.com/intent/user?user_id=1288130546720768001"
    }
  },
  {
    "following" : {
      "accountId" : "14982305",
      "userLink" : "https://twitter.com/intent/user?user_id=14982305"
    }
  },
  {
    "following" : {
      "accountId" : "61822044",
      "userLink" : "https://twitter.com/intent/user?user_id=61822044"
    }
  },
  {
    "following" : {
      "accountId" : "1033912283347779584",
      "userLink" : "https://twitter.com/intent/user?user_id=1033912283347779584"
    }
  },
  {
    "following" : {
      "accountId" : "1174403812664131584",
      "userLink" : "https://twitter.com/intent/user?user_id=1174403812664131584"
    }
  },
  {
    "following" : {
      "accountId" : "1617270061850746880",
      "userLink" : "https://twitter.com/intent/user?user_id=1617270061850746880"
    }
  },
  {
    "following" : {
      "accountId" : "380155270",
      "userLink" : "https://twitter.com/intent/user?user_id=380155270"
    }
  },
  {
    "following" : {
      "accountId" : "1357994472032473090",
      "userLink" : "https://twitter.com/intent/user?user_id=1357994472032473090"
    }
  },
  {
    "following" : {
      "accountId" : "845226390185287680",
      "userLink" : "https://twitter.com/intent/user?user_id=845226390185287680"
    }
  },
  {
    "following" : {
      "accountId" : "2401937718",
      "userLink" : "https://twitter.com/intent/user?user_id=2401937718"
    }
  },
  {
    "following" : {
      "accountId" : "1410776523001864195",
      "userLink" : "https://twitter.com/intent/user?user_id=1410776523001864195"
    }
  },
  {
    "following" : {
      "accountId" : "2988415627",
      "userLink" : "https://twitter.com/intent/user?user_id=2988415627"
    }
  },
  {
    "following" : {
      "accountId" : "1502274870",
      "userLink" : "https://twitter.com/intent/user?user_id=1502274870"
    }
  },
  {
    "following" : {
      "accountId" : "259881163",
      "userLink" : "https://twitter.com/intent/user?user_id=259881163"
    }
  },
  {
    "following" : {
      "accountId" : "1588213367490510849",
      "userLink" : "https://twitter.com/intent/user?user_id=1588213367490510849"
    }
  },
  {
    "following" : {
      "accountId" : "22749163",
      "userLink" : "https://twitter.com/intent/user?user_id=22749163"
    }
  },
  {
    "following" : {
      "accountId" : "1226080943352766464",
      "userLink" : "https://twitter.com/intent/user?user_id=1226080943352766464"
    }
  },
  {
    "following" : {
      "accountId" : "903114508",
      "userLink" : "https://twitter.com/intent/user?user_id=903114508"
    }
  },
  {
    "following" : {
      "accountId" : "1179925566",
      "userLink" : "https://twitter.com/intent/user?user_id=1179925566"
    }
  }
]