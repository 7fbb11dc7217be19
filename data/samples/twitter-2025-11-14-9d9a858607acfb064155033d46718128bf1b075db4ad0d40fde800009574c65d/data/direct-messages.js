window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1326719481-1174403812664131584",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Yes please! Mornings NZ time work best for me.",
            "mediaUrls" : [ ],
            "senderId" : "1174403812664131584",
            "id" : "1980532644686376424",
            "createdAt" : "2025-10-21T07:12:33.667Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1174403812664131584",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Zoë, want to pair on the on-call handbook? I have notes from three teams.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1980382267171554052",
            "createdAt" : "2025-10-20T21:15:00.873Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1326719481-1357994472032473090",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Thank you!! Sharing with my team.",
            "mediaUrls" : [ ],
            "senderId" : "1357994472032473090",
            "id" : "1978076178959288830",
            "createdAt" : "2025-10-14T12:31:26.599Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1357994472032473090",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/cj3j1SAhng",
                "expanded" : "https://video.example.org/lisbon-2025/boring-pipelines",
                "display" : "video.example.org/lisbon-2…"
              }
            ],
            "text" : "It's up: https://t.co/cj3j1SAhng",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1978007628225793077",
            "createdAt" : "2025-10-14T07:59:02.830Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1357994472032473090",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Thanks Siobhán! Not yet, the organisers say next week. I'll ping you.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1975110208782343160",
            "createdAt" : "2025-10-06T08:05:44.203Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Åsa, loved your talk in Lisbon. Is the recording online?",
            "mediaUrls" : [ ],
            "senderId" : "1357994472032473090",
            "id" : "1974902950649366636",
            "createdAt" : "2025-10-05T18:22:10.014Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "14982305-1326719481",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "14982305",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Bonjour François, are you still looking for data engineers? I know someone great.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1973067445184700229",
            "createdAt" : "2025-09-30T16:48:31.409Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "380155270-1326719481",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "No worries if you're busy 🙂",
            "mediaUrls" : [ ],
            "senderId" : "380155270",
            "id" : "1961469105621851911",
            "createdAt" : "2025-08-29T16:40:51.770Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hey, fellow pipeline person! Would you review my conference proposal?",
            "mediaUrls" : [ ],
            "senderId" : "380155270",
            "id" : "1955948066002109471",
            "createdAt" : "2025-08-14T11:02:13.349Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1326719481-1120458796453617664",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1120458796453617664",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Thank you!",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1937075678461858123",
            "createdAt" : "2025-06-23T09:10:05.528Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/D1c1kuaLeW",
                "expanded" : "https://allegro.example.pl/diagrams/registry.svg",
                "display" : "allegro.example.pl/diagram…"
              }
            ],
            "text" : "Sorry, was on leave! Yes, go ahead: https://t.co/D1c1kuaLeW",
            "mediaUrls" : [ ],
            "senderId" : "1120458796453617664",
            "id" : "1937073840363993037",
            "createdAt" : "2025-06-23T09:02:47.291Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1120458796453617664",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hej Łukasz, could I borrow your schema-registry diagram for a workshop? With credit.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1932789918112933779",
            "createdAt" : "2025-06-11T13:20:00.635Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "98123457-1326719481",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Perfect, booked 🙌",
            "mediaUrls" : [ ],
            "senderId" : "98123457",
            "id" : "1764195335579109737",
            "createdAt" : "2024-03-03T07:45:19.823Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "98123457",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/o2PbonDlPh",
                "expanded" : "https://datamalmo.example.se/may-2024",
                "display" : "datamalmo.example.se/may-2…"
              }
            ],
            "text" : "Details: https://t.co/o2PbonDlPh",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1764033668528525256",
            "createdAt" : "2024-03-02T21:02:55.394Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "98123457",
            "reactions" : [
              {
                "senderId" : "98123457",
                "reactionKey" : "like",
                "eventId" : "1763875224825999518",
                "createdAt" : "2024-03-02T10:33:19.472Z"
              }
            ],
            "urls" : [ ],
            "text" : "Of course. I'll send the details &amp; dates tonight.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1763875195465871518",
            "createdAt" : "2024-03-02T10:33:12.472Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1326719481",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Oh, we'd love to! Can we bring two people?",
            "mediaUrls" : [ ],
            "senderId" : "98123457",
            "id" : "1763874810773029098",
            "createdAt" : "2024-03-02T10:31:40.754Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "98123457",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi Mei! Would your team give a talk at Data Malmö in May? Travel is on us.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1763870384636160364",
            "createdAt" : "2024-03-02T10:14:05.481Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  }
]