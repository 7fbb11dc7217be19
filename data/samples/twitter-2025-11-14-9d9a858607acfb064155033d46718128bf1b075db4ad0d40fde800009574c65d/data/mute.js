window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "1588213367490510849",
      "userLink" : "https://twitter.com/intent/user?user_id=1588213367490510849"
    }
  },
  {
    "muting" : {
      "accountId" : "1688823004512337920",
      "userLink" : "https://twitter.com/intent/user?user_id=1688823004512337920"
    }
  }
]