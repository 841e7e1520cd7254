### Extortion and sextortion details.

extortion-threat = I am sorry this is happening to you. It is not your fault. What is the person threatening to do?
extortion-threat-intimate_images = Share intimate images or videos
extortion-threat-personal_data = Publish my personal data
extortion-threat-other = Something else
extortion-demand = What are they asking for? If it is money, write the amount and currency, for example “500 euros”. If there is no demand, press “Skip”.
extortion-paid = Have you paid anything so far?
extortion-paid-yes = Yes
extortion-paid-no = No
extortion-safety_note = Important: please do not pay more and do not answer the person for now. Paying rarely stops the threats. Keep the messages: they are evidence.
