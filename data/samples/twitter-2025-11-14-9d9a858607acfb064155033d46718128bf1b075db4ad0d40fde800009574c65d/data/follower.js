window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "98123457",
      "userLink" : "https://twitter.com/intent/user?user_id=98123457"
    }
  },
  {
    "follower" : {
      "accountId" : "221845903",
      "userLink" : "https://twitter.com/intent/user?user_id=221845903"
    }
  },
  {
    "follower" : {
      "accountId" : "1120458796453617664",
      "userLink" : "https://twitter.com/intent/user?user_id=1120458796453617664"
    }
  },
  {
    "follower" : {
      "accountId" : "3158702214",
      "userLink" : "https://twitter.com/intent/user?user_id=3158702214"
    }
  },
  {
    "follower" : {
      "accountId" : "1288130546720768001",
      "userLink" : "https://twitter.com/intent/user?user_id=1288130546720768001"
    }
  },
  {
    "follower" : {
      "accountId" : "61822044",
      "userLink" : "https://twitter.com/intent/user?user_id=61822044"
    }
  },
  {
    "follower" : {
      "accountId" : "1033912283347779584",
      "userLink" : "https://twitter.com/intent/user?user_id=1033912283347779584"
    }
  },
  {
    "follower" : {
      "accountId" : "1174403812664131584",
      "userLink" : "https://twitter.com/intent/user?user_id=1174403812664131584"
    }
  },
  {
    "follower" : {
      "accountId" : "2988415627",
      "userLink" : "https://twitter.com/intent/user?user_id=2988415627"
    }
  },
  {
    "follower" : {
      "accountId" : "903114508",
      "userLink" : "https://twitter.com/intent/user?user_id=903114508"
    }
  },
  {
    "follower" : {
      "accountId" : "117203554",
      "userLink" : "https://twitter.com/intent/user?user_id=117203554"
    }
  },
  {
    "follower" : {
      "accountId" : "380155270",
      "userLink" : "https://twitter.com/intent/user?user_id=380155270"
    }
  },
  {
    "follower" : {
      "accountId" : "1584412009321111552",
      "userLink" : "https://twitter.com/intent/user?user_id=1584412009321111552"
    }
  }
]